"""Messages an FAQ must not answer: requests for a person, complaints, personal clinical questions.

All patterns run on normalised text (lower case, no accents or punctuation, SMS-speak expanded).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache, lru_cache

from faq import lexicon, prefilter
from faq.normalize import fold, normalize


class _Gate:
    """The word starts every match of a pattern holds (faq/prefilter.py): a text without them is not searched.

    Derived from the pattern itself so the two cannot drift apart. Most messages hold none of a long alternation's
    words, and its search costs ~1-30 µs a text. A gate opens when the text may hold one of its alternatives. Every
    gate is filed in one index: a text's words find which gates it opens at once (a lookup and an OR per word, once
    per text), and each gate is then a bit test.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        # (each alternative of a long alternation by itself: "money ... tight" needs both words, where the whole
        # alternation's needs are only the first words of all its alternatives, some of them everyday ones)
        self.pattern = pattern
        parts = prefilter.branches(pattern.pattern)
        self.bits = ((1 << len(parts)) - 1) << len(_GATE_NEEDS)  # (its alternatives' bits in _open_gates)
        _GATE_NEEDS.extend(map(prefilter.needs, parts))
        _gate_index.cache_clear()  # (a gate made after the first test: the index is made again with it)
        _open_gates.cache_clear()

    def open(self, text: str) -> bool:
        """False only when no match of the pattern can be in `text` (any text: folded, punctuated)."""
        return bool(_open_gates(text) & self.bits)


_GATE_NEEDS: list[prefilter.Needs] = []


@cache
def _gate_index() -> prefilter.Index:
    return prefilter.Index(_GATE_NEEDS)


@lru_cache(maxsize=8)  # the checks read one text several times over (while nothing is taken out of it)
def _open_gates(text: str) -> int:
    # a word start of the pattern's follows a boundary, a space or the text's start: in any text, that is where
    # a run of letters and digits starts (the needs are letters and digits in lower case; the checks read folded
    # text, lowered again in case one ever does not)
    return _gate_index().held(_ALNUM_RUN.findall(text.lower()))


_ALNUM_RUN = re.compile(r"[^\W_]+")


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(rf"(?:{p})" for p in patterns))


_PERSON_PARTS = (
    r"\b(agent|agents|human|humans|representative|rep|operator|receptionist|agente|operadora?|recepcionista)$",
    r"^(agent|human|representative|operator|person|persona|agente|operadora?)\b",
    r"\b(real|live|actual) (person|human|agent|people)\b",
    r"\b(talk|speak|chat|text|connect|transfer|put) (me )?(to|with|through to) (a |an |the |my |some |your )?"
    r"(someone|somebody|person|human|agent|nurse|doctor|staff|representative|receptionist|clinic|"
    r"people|manager|office|team)\b",
    r"\b(someone|somebody|a nurse|the nurse|a doctor|the doctor|my doctor|staff|anyone) (\w+ ){0,2}"
    r"(call|text|contact|phone|ring|reach) me\b",
    r"\b(call|ring|phone) me( back)?\b",
    # round 66: ...or the one the writer asks for ("can the doctor call her about her thyroid numbers", "could you call
    # him back", "le pueden llamar a mi mama"): a relayed question is read as a plain one, and this one is a request
    r"\b(someone|somebody|a nurse|the nurse|a doctor|the doctor|my doctor|her doctor|his doctor|dr \w+|staff|anyone) "
    r"((can|could|would|will|should|pls|please|plz) )?(please )?(call|text|phone|ring|contact|reach) "
    r"(her|him|them|us)\b",
    r"\b(can|could|would|will|please|pls|plz) ((you|u|yall|you guys) )?(please )?(call|text|phone|ring|contact|"
    r"reach) (her|him|them|us)\b",
    r"\b(le|la|lo|les) (pueden|puede|podrian|podria) (llamar|marcar)\b",
    r"\b(llamenle|llamenla|llamenlo|llamele|llamela)\b",
    # (not the one an appointment is with, said without "the": "make appointment with doctor please"; batch 19)
    # (round 78: nor the one a letter is addressed to, "respected doctor, please kindly tell me what time you open")
    r"\b(?<!with )(?<!dear )(?<!respected )(?<!respectful )(?<!honorable )(?<!honourable )"
    r"(nurse|doctor|human|person|agent) (please|now|asap)\b",
    r"\bi (want|need|would like|wanna) (a |an |to see a )?(person|human|agent|nurse)$",
    r"\b(hablar|comunicarme|platicar) con (alguien|una persona|un humano|un agente|recepcion|"
    # any article, as "the nurse" in English ("necesito hablar con la enfermera")
    r"(el|la|un|una|mi|su|alguna|algun) (enfermera|enfermero|doctor|doctora|medico|medica|recepcionista|gerente|"
    r"encargado|encargada|personal))\b",
    # being put through, or a real person, in Spanish ("me pasan con una persona real", round 22)
    r"\b(me )?(pasan|pasen|pase|comunican|comuniquen|transfieren|transfieran|conectan|conecten) (con|a) (alguien|"
    r"una persona|un humano|un agente|una enfermera|un enfermero|el doctor|la doctora|recepcion)\b",
    r"\b(persona|humano|gente) (real|de verdad)\b",
    r"\b(me pueden|me puede|pueden|puede|que me) (llamar|llame|llamen|marcar)\b",
    r"\b(llamenme|llameme|llamame)\b",
    r"^(i )?(need|want) (some )?help( please)?$|^(help|help me|ayuda|necesito ayuda)( please| por favor)?$",
)

# Before a charge: the writer doubts it ("i think i was billed for a visit i never had").
_HEDGED_CHARGE = "".join(
    f"(?<!{h} )"
    for h in (
        "i think i was", "i think i got", "i think we were", "i think we got",
        "i believe i was", "pretty sure i was", "looks like i was", "looks like i got", "seems like i was",
        "seems i was", "i guess i was",
    )
)  # fmt: skip

# A bad word aimed at the road or the weather is an excuse, not a grievance ("running 10 min late, traffic is
# terrible", "el trafico esta horrible"; lead 31).
_NOT_US = "".join(
    f"(?<!{w} )"
    for w in ("traffic is", "traffic was", "traffic", "weather is", "weather was", "roads are",
              "trafico esta", "trafico")
) + "(?:"  # fmt: skip
_NOT_US_AFTER = r")\b(?! (traffic|weather|storm|snow|rain|roads?|accident|wreck|trafico|lluvia|trafic))"

# What an account, a chart or a page shows or holds (round 78's mix-ups below).
_SHOWN = (
    r"(?:shows?|showing|showed|has|had|lists?|listing|listed|says|displays?|displaying|pulls? up|pulling up|"
    r"brings? up|comes up with|came up with|sale|salen|aparece|aparecen|muestra|muestran|tiene)"
)

_COMPLAINT_PARTS = (
    r"\b" + _NOT_US + r"ridiculous|unacceptable|terrible|horrible|awful|pathetic|disgusting|worst|rude|unprofessional|"
    r"incompetent|useless|furious|outraged" + _NOT_US_AFTER,
    r"\b(complaint|complain|complaining|frustrated|frustrating|upset|angry|annoyed|disappointed|"
    r"unhappy|fed up|sick of|tired of waiting)\b",
    r"\bis a joke\b",
    r"\b(no one|nobody|noone) (has |ever )?(called|answered|responded|replied|got back|gets back|calls|"
    r"answers|returns|returned|listens|listened|helped|helps|cares)\b",
    r"\bnever (called|heard back|got back|answered|responded|returned|received)\b",
    # (waiting on a refill is a status question: "still waiting on my refill, was it sent to the pharmacy?"; anger,
    # a repeat or no one calling back is found by the other parts)
    r"\b(still|been) (waiting(?! (on|for) (my|the|a) (\w+ )?(refill|refills|prescription|rx)\b)|no answer|"
    r"no response|no call|havent heard)\b",
    r"\bwaited (over |more than |almost )?(an hour|\d+|two|three|forty|thirty)\b",
    r"\bon hold for\b",
    r"\b(third|3rd|fourth|4th|fifth|5th) time\b",
    # A double charge, even asked about ("why was i charged twice": the billing entry says how to pay, not how a
    # charge went wrong), and a charge disputed ("...i called to cancel", "for orthotics i never got") are
    # grievances; a dispute said with a doubt ("i think i was billed for a visit i never had") and a plain charge
    # asked about ("why was i charged for a flu shot") are billing questions. Demanding money back is a grievance.
    r"\b((charged|billed) (me |us )?(twice|double|two times?|2 times?|again|wrong|incorrectly)|overcharged|"
    r"(double|over) (charged|billed))\b",
    # ...said as non-native writers say it ("you charge me two time", "bill me 2 times"; batch 19)
    r"\b(charge|bill) (me|us) (twice|double|two times?|2 times?)\b",
    _HEDGED_CHARGE
    + r"\b(charged|billed)\b (\w+ ){0,6}?(i|we) (never|didnt|did not|already|called|cancelled|canceled|paid|"
    r"was told|were told)\b",
    r"\b(want|need|demand|expect|give me|get) (a |my |our |the )?(full )?(refund|money back)\b",
    # ...or "i want my money" without "back" (batch 19: "quiero mi dinero", "je veux mon argent")
    r"\b(want|need|demand) (my|our) money$",
    r"\bwhy (was|am|did) (i|you) (\w+ ){0,2}(cancel|cancelled)\b",
    # session 14: why the clinic did something to the writer ("why did they rebook me when i was only 12 min late",
    # "why did someone leave my results on my voicemail", "por q me cobraron si llame para cancelar")
    r"\bwhy (did|would|do|does) (they|you|u|yall|you guys|someone|somebody|the \w+|ur \w+|your \w+) (\w+ ){0,2}"
    # (a charge asked about is a billing question, lead 21: "why did you bill me for a covid test")
    r"(rebook|rebooked|cancel|cancelled|canceled|leave|left|send|sent|turn|turned|drop|dropped|reschedule|"
    r"rescheduled|tell|told|give|gave|deny|denied)\b",
    r"\bpor (que|q|k) (me|nos|le|les) (cancelaron|dejaron|mandaron|cambiaron|negaron|dijeron)\b",
    # ...and a charge disputed in Spanish, as in English below ("me cobraron $25 si llame para cancelar")
    r"\b(cobraron|cobran|cobro) (\w+ ){0,6}(si|pero|aunque) (yo )?(ya )?(llame|cancele|pague|avise)\b",
    # ...and the clinic's people not doing their part ("the dr never showed", "reception didnt validate my parking")
    r"\b(the )?(dr|doctor|doc|nurse|provider|reception|receptionist|front desk|staff|office|they) (never|didnt|did not)"
    r" (show|showed|show up|showed up|call|called|validate|validated|answer|answered|send|sent|log on|join|joined)\b",
    r"\b(didnt|did not|doesnt|dont) (even )?(listen|care|call me back)\b",
    # round 65: asking the clinic to put right what went wrong ("your garage ramp was too steep for him last time. can
    # you do something about it?")
    r"\bdo (something|anything) about (it|that|this|them)\b",
    # (records asked "for my lawyer" are a records request, not a threat; lead 19)
    r"\b((?<!for my )(?<!to my )(?<!for our )(?<!for the )lawyer(?! (needs|asked for|requested|wants))|lawsuit|sue you|"
    r"report you|file a report)\b",
    # (not a dictated "patients": "do you see new patience", round 32)
    r"\b((?<!new )(?<!see )(?<!seeing )(?<!accepting )(?<!excepting )(?<!taking )(?<!treat )(?<!treating )patience"
    r"|irritated|irritating|annoying|sick and tired|done with you)\b",
    r"\bbut (i|we) (didnt|did not|never|havent|have not|still havent)\b",
    r"\b(was|were|got|been|me) (charged|billed) (\w+ ){0,3}but\b",
    # a concession is a dispute too ("i was charged for parking even though i had chemo that day"; batch 19)
    r"\b(charged|billed|(charge|bill) (me|us|my \w+)) (\w+ ){0,6}?(even though|although|despite)\b",
    r"\b(queja|quejarme|molesto|molesta|enojado|enojada|inaceptable|grosero|grosera)\b",
    r"\b" + _NOT_US + r"pesimo|pesima|horrible|terrible" + _NOT_US_AFTER,
    r"\bnadie me (llama|llamo|ha llamado|contesta|contesto|responde|ha devuelto|devolvio|atiende)\b",
    r"\bllevo (\w+ ){0,3}esperando\b",
    r"\b(me cobraron|cobraron) (de mas|dos veces|doble)\b",
    # round 78: one's own account, chart or portal showing another person's data or the wrong details (a family
    # sharing one phone: "the portal is showing my sister-in-law appointments, not mine. please put my own account
    # with my number"; lead 57) is a mix-up in the clinic's records, for staff to put right; "how do i make my own
    # account" and a wrong password typed stay the portal's
    rf"\b{_SHOWN} (\w+ ){{0,6}}?(not mine|instead of mine|not my own|no son mias|no son mios|no las mias|no los mios|"
    r"en vez de (las|los) mi(a|o)s|en lugar de (las|los) mi(a|o)s)\b",
    r"\b(appointments?|results?|labs?|records?|information|name|bills?|charges?|citas?|resultados) (\w+ ){0,2}?"
    r"(arent|isnt|are not|is not|werent|wasnt|were not|was not|no son|no es) (mine|mio|mia|mios|mias)\b",
    rf"\b{_SHOWN} (\w+ ){{0,3}}?(someone elses|somebody elses|(another|a different) (persons|patients) (\w+ )?"
    r"(appointments?|results?|labs?|information|info|name|records?|chart)|other (persons|peoples)|de otra persona|"
    r"de otro paciente|de otra paciente)\b",
    r"\b(portal|account|app|chart|profile|cuenta) (\w+ ){0,3}?(shows?|showing|has|lists?|sale|salen|aparece|aparecen|"
    r"muestra|tiene) (\w+ ){0,2}?(my|mi|mis) (mom|mother|dad|father|husband|wife|son|daughter|brother|sister|"
    r"sister in law|brother in law|mother in law|father in law|cunada|cunado|suegra|suegro|hermana|hermano|esposo|"
    r"esposa|hija|hijo)s? (appointments?|results?|labs?|lab results|information|info|name|records?|citas?|"
    r"resultados|nombre)\b",
    r"\b(wrong|incorrect|equivocado|equivocada|incorrecto|incorrecta) (?!(?:password|pw|pass|code|username|"
    r"user name|contrasena|clave)\b)(\w+ ){0,3}?(on|in|under|en) (my|the|mi|el|la) (portal|account|chart|file|"
    r"records?|profile|cuenta|expediente)\b",
    r"\b(portal|account|chart|file|records?|profile|cuenta|expediente) (\w+ ){0,3}?(has|had|shows?|showing|lists?|"
    r"says|tiene|dice) (\w+ ){0,2}?(the )?(wrong|incorrect|equivocado|equivocada|incorrecto|incorrecta)"
    r"(?! (?:password|pw|pass|code|username|contrasena|clave)\b)\b",
    r"\b(nombre|numero|datos|fecha de nacimiento) (equivocado|equivocada|equivocados|incorrecto|incorrectos)\b",
    r"\b(mixed up|mix up|mixup|merged|mezclaron|confundieron|revolvieron) "
    r"(\w+ ){0,2}?(with|to|con) (my|mi|someone|somebody|another|a different|the wrong|otra|otro)\b",
    r"\b(accounts|charts|records|files|results|cuentas|expedientes) (got |are |were |have been |been |get )?"
    r"(mixed up|mixed|merged|switched|swapped|revueltos|mezclados)\b",
)

# Symptom and condition words (one alternation): _SYMPTOM finds them, _PERSONAL finds them said of someone.
_SYMPTOM_WORDS = (
    r"pain|pains|painful|hurt|hurts|hurting|ache|aches|aching|achy|sore|fever|fevers|feverish|"
    # (round 68: not a temp agency or job: "a doctor's note for the temp agency")
    r"temperature|temp(?! (?:agency|agencies|job|jobs|work|worker|workers|service|services|staffing|position|gig))|"
    r"chills|cough|coughing|rash|rashes|hives|itch|itchy|itching|itches|swollen|"
    r"swelling|lump|lumps|"
    # (round 44: not bumping a visit: "can we bump my tuesday appt")
    r"bump(?! (?:my|the|our|his|her|it|me|us|them|that|this|him) )|"
    r"dizzy|dizziness|lightheaded|nausea|nauseous|nauseated|vomit|vomiting|"
    r"throwing up|threw up|diarrhea|diarrhoea|constipated|constipation|headache|headaches|migraine|"
    r"bleeding|bleed|discharge|infection|infected|uti|sinus|pink eye|tired|fatigue|fatigued|exhausted|"
    r"anxious|anxiety|panic|depressed|depression|insomnia|sprain|sprained|fracture|fractured|burn|"
    r"burned|burns|wound|stitches|bruise|bruised|blister|cramps|cramping|mole|wart|ingrown|allergies|"
    r"allergic|congested|congestion|runny nose|stuffy|sneezing|earache|spit up|spitting up|hiccups|"
    r"poop|pooped|pooping|teething|side effects?|numb|numbness|tingling|weakness|bloated|heartburn|"
    r"reflux|acne|eczema|yeast|spotting|sunburn|sprain|sick to my stomach|hot flashes|hot flash|night sweats|"
    # round 35: plurals, as a clinic's answer lists what it treats ("UTIs, sprains, minor wounds")
    r"utis|sprains|fractures|wounds|bruises|blisters|infections|moles|warts|cramp|"
    r"dolor|duele|duelen|fiebre|tos|sarpullido|ronchas|comezon|picazon|hinchado|hinchada|hinchazon|"
    r"mareo|mareos|mareado|mareada|nauseas|vomito|vomitos|vomitando|diarrea|estrenido|estrenimiento|"
    r"infeccion|cansado|cansada|ansiedad|deprimido|deprimida|resfriado|resfrio|mocos|congestion|hipo|"
    r"alergia|efectos secundarios|sofocos|bochornos"
)
_SYMPTOM = re.compile(rf"\b({_SYMPTOM_WORDS})\b")
_CONDITION = re.compile(
    r"\b(i|he|she|we|you|my \w+|im|hes|shes|ive|weve) (have|has|had|got|have had|has had|caught|am getting) "
    r"(a |an |the |bad |really bad |)(?P<cond>cold|flu|covid|virus|bug|stomach bug|infection|uti|strep|"
    # (an illness under way beside a vaccine or a visit asked about: "ive got shingles, can i get the flu shot")
    r"pink eye|pinkeye|sinus infection|ear infection|chest cold|period|migraine|shingles|pneumonia|bronchitis|mono|"
    r"rsv|chickenpox|chicken pox|measles|lice|scabies)\b"
    r"|\b(my|his|her) period\b|\b(tengo|tiene) (gripa|gripe|covid|infeccion|catarro)\b"
)
# A medicine, for questions about taking one: the lexicon's names, and the generic words its list lacks.
_MEDICINE = "|".join([lexicon.MEDS, "pastilla", "medicamentos?", "tablets?", "capsules?", "jarabe"])
_MEDICINE_WORD = re.compile(rf"\b(?:{_MEDICINE})\b")
_CLINICAL: dict[str, tuple[str, ...]] = {
    # a body part "killing me" is pain said as an idiom ("my arm is killing me from the flu shot"; batch 21), named
    # as the symptom's own cue so an entry about that pain still covers it; "this wait is killing me" names no part
    "hurt": (
        r"\b(arm|arms|back|head|stomach|tummy|belly|leg|legs|knee|knees|foot|feet|toe|toes|tooth|teeth|ear|ears|"
        r"throat|neck|shoulder|shoulders|hip|hips|chest|eye|eyes|hand|hands|wrist|ankle|ankles|heel|heels|jaw|gums?|"
        r"joints?|side|bunion|incision) (is |are |has been |have been |been )?(killing|murdering) (me|him|her)\b",
    ),
    # round 41: a fall or a blow, or a lasting condition, told in Spanish ("mi papa se cayo y se pego en la cabeza",
    # "mi hija tiene epilepsia"): a letter or a note about it is a clinician's to write, as in English
    "told_es": (
        # (a sprain or a hurt knee is an injury the lexicon names, which an entry about injuries covers)
        r"\b(se|me|le) (cayo|cai|pego|pegue|golpeo|golpee)\b",
        # (a condition only with a letter or note about it: "tiene epilepsia y necesita renovar su receta" is a refill)
        r"\b(tiene|tengo|tienen) (epilepsia|convulsiones|diabetes|asma|autismo|cancer|paralisis)\b"
        r"(?=.*\b(carta|cartas|nota|notas|constancia)\b)",
    ),
    "normal": (
        r"\bis (it|this|that) (normal|common|serious|bad|dangerous|something to worry)\b",
        r"\b(is it|is that|is this) (ok|okay|safe|fine|alright) (if|for|that)\b",
        # (session 14: whether a service is safe for the writer: "are xrays safe for me? im 10 weeks pregnant")
        r"\b(is|are) (\w+ ){1,2}(safe|ok|okay|dangerous|bad) for (me|him|her|my \w+|the baby|us)\b",
        r"\b(es normal|es peligroso|es grave|es malo)\b",
    ),
    "worry": (
        r"\b(should i|do i need to) (be )?(worried|worry|concerned)\b",
        r"\bworried about\b",
        # round 66: whether a shot or a medicine will make one ill ("will the covid booster make her sick", "can the flu
        # shot give you the flu"): a side effect, for a clinician; a relayed question is read as a plain one
        r"\b(shots?|vaccines?|boosters?|jabs?|medicines?|medications?|pills?|meds) "
        r"(will |would |could |can |might |may )?(make|makes|made|get|gets|give|gives|gave) (me|her|him|them|us|you|"
        r"my \w+) (sick|ill|the flu|covid|a fever|fever|sore|tired)\b",
        r"\b(vacunas?|refuerzo|medicinas?|pastillas?) (me|le|te|nos|les) (va a |van a |puede |pueden |podria )?"
        r"(enfermar|dar (gripe|fiebre|covid))\b",
    ),
    "dose": (
        r"\b(stop|stopping|quit|double|skip|skipping|missed|miss|forgot to take|come off|cut back|"
        r"increase|decrease) (\w+ ){0,2}(dose|doses|dosage|pill|pills|meds|medication|medicine|"
        r"medications|antibiotics?|insulin|antidepressants?|birth control)\b",
        # (skipping a meal before a test is fasting for it: "should i skip breakfast before my lab draw")
        r"\b(should|can|could) (i|he|she|we) (stop|quit|double up|double|skip)\b(?! (eating|drinking|eat|drink)\b)"
        r"(?! (my |the |a )?(breakfast|lunch|dinner|supper|meals?|food)\b)",
        # ...and a meal, unless a test is named anywhere: before it, or in the backstory before the question ("my
        # doctor ordered a lipid panel for monday. should i skip breakfast"; batch 21)
        r"^(?!.*\b(lab|labs|blood|bloodwork|draw|test|tests|fasting|panel|lipid|cholesterol|glucose|procedure|"
        r"colonoscopy|ultrasound|surgery)\b).*\b(should|can|could) (i|he|she|we) skip (my |the |a )?"
        r"(breakfast|lunch|dinner|supper|meals?|food)\b",
        # stopping eating is clinical ("should i stop eating gluten"), except before a test, which is fasting,
        # an FAQ matter: "how many hours before bloodwork should i stop eating" (the lead's batch 15)
        r"^(?!.*\b(before|prior|ahead|bloodwork|blood work|labs?|test|procedure|surgery|colonoscopy|fasting)\b)"
        r".*\b(should|can|could) (i|he|she|we) (stop|quit) (eating|drinking|eat|drink)\b",
        # (round 41: "how much time to take off work" asks a duration)
        r"\bhow (much|many) (?!time\b)(\w+ ){0,4}(can|should|do|to) (i |he |she |we |my \w+ |(my |our |a |the )?\w+ "
        r"(\w+ )?old )?(take|give|use)\b(?! off\b)",
        # a dose that names a kind of vaccine or scan asks for that service ("the high dose flu shot", "the low
        # dose ct for smokers", round 41), not about a dose
        r"\b(dose|dosage|doses|mg|milligrams)\b(?! (flu|influenza|vaccines?|shots?|ct|cat|scans?|screenings?|lung|"
        r"imaging|xrays?|mammograms?)\b)",
        r"\b(dejar de tomar|deje de tomar|olvide tomar|se me olvido tomar|doble dosis|dosis)\b",
        r"\bcuant[oa]s? (\w+ ){0,4}(puedo|debo|le puedo) (tomar|dar|darle)\b",
    ),
    "combine": (
        r"\b(can|should|could) (i|he|she|we|my \w+) (take|give|mix|combine|drink) (\w+ ){0,4}"
        r"(with|together|while|alcohol)\b",
        # "have" is what one eats or drinks, but "have with me" is what one carries ("what should i have with me
        # for my first visit", lead 24)
        r"\b(can|should|could) (i|he|she|we|my \w+) have (\w+ ){0,4}(with(?! (me|us)\b)|together|while|alcohol)\b",
        r"\b(safe|ok|okay) to (take|mix|combine|drink|give) (\w+ ){0,4}(with|together|while|alcohol)\b",
        # ...as non-native writers ask it: "is possible to take ibuprofen with my antibiotic?", "i can take it with
        # food?" (batch 19; "e possivel tomar", "es posible tomar")
        r"\b(possible (to |for (me|him|her|us) to )?|(i|he|she|we) can )(take|mix|combine|drink|give) (\w+ ){0,4}"
        r"(with|together|while|alcohol)\b",
        r"\bpuedo tomar (\w+ ){0,4}(con|junto|y|estando|si)\b",
        # a medicine's timing with meals is the prescriber's to say, not the blood-test fasting answer ("should she
        # take her pills before or after eating", "tiene que tomar sus pastillas antes o despues de comer"; lead 28)
        rf"\b(take|taking|takes|give|tomar|tomo|toma|tome|darle)( \w+){{0,3}} ({_MEDICINE})( \w+){{0,2}} "
        r"(before|after|with|without|antes|despues|con|sin)( or (before|after)| o (antes|despues))? "
        r"(de |del |la |las |el )?(eating|i eat|meals?|food|breakfast|dinner|lunch|supper|comer|comida|comidas|"
        r"desayunar|desayuno|cenar|cena|almuerzo|alimentos)\b",
    ),
    "meaning": (
        r"\bwhat (does|do|is|are) (\w+ ){0,6}(mean|means)\b",
        # the same asked indirectly: "can you tell me what my cholesterol number means" (lead batch 20)
        r"\bwhat (my|his|her|the|our|these|this|those|that) (\w+ ){0,4}(mean|means|meant)\b",
        r"\b(results?|levels?|numbers?|labs?|tests?|readings?|count|a1c|cholesterol|sugar|pressure|"
        r"iron|ldl) (\w+ ){0,2}(says?|shows?|showed|came back|are|is|was|were|has been|have been|of|at) "
        r"(\w+ ){0,2}(high|low|abnormal|positive|elevated|bad|off|borderline|"
        # (what a test costs is no reading: "my test strips are too expensive")
        r"too(?! (expensive|pricey|costly|much money)\b)|\d+)\b",
        r"\btoo (high|low)\b",
        # a measure of the writer's own cycle or body with its size, level or pace ("my follicles are only 12mm on day
        # 8", "my lining is thin", "my embryos grew slow"; round 32, a fertility FAQ): a reading for a clinician
        r"\b(my|his|her|our) (\w+ )?(follicles?|lining|endometrium|amh|fsh|lh|hcg|betas?|estradiol|estrogen|e2|"
        r"progesterone|sperm count|count|motility|morphology|embryos?|eggs?|levels?|numbers?) (\w+ ){0,2}"
        r"(are|is|was|were|came back|measured|measuring|grew|grow|growing|stopped|look|looks|looked|went|dropped) "
        r"(\w+ ){0,2}(\d+\w*|high|low|slow|slowly|small|big|thin|thick|abnormal|down|up|poor|behind)\b",
        r"\bque significa\b",
        # whether a result points to an illness: "can you tell me if my test result means i have diabetes" (lead 30);
        # not what a result obliges one to do ("does that mean i have to come in")
        r"\b(results?|tests?|labs?|bloodwork|blood work|xrays?|x rays?|scans?|mri|ct|ultrasound|biopsy|a1c|numbers?|"
        r"levels?|readings?|report) (\w+ ){0,2}(means?|meant|shows?|showed|says?|said|indicates?|indicated) (that )?"
        r"(i|he|she|we|they|my \w+|(his|her) \w+) (have|has|had|got|might have|may have)\b(?! to\b)",
        # what a named test showed is a reading for a clinician ("what did my mri show"); "what were my results"
        # alone may ask where they are
        r"\bwhat (did|does) (my|his|her|the) (\w+ ){1,3}(show|showed|say|said|find|found)\b",
        # asking a clinician to go through a result: "can the doctor explain them"
        r"\b(doctor|doc|dr|nurse|provider|someone|somebody|you) (\w+ ){0,2}"
        r"(explain|go over|go through|review|interpret) (them|it|my|the|these|this|those|what|his|her)\b",
        r"\bwhat (were|was) (my|his|her) (\w+ ){1,3}results?\b",
        # whether a result was fine is for a clinician: "did my mammogram come back ok"
        r"\b(come|came|comes|coming) back (ok|okay|normal|fine|good|clear|alright|negative|positive|bad|abnormal)\b",
        # round 66: ...or is fine, asked or said ("are his results good", "are her mammogram results normal", "mis
        # analisis salieron bien?"): a relayed question is read as a plain one, and this one was answered as results
        r"\b(are|is|were|was) (my|his|her|their|our|the) (\w+ ){0,3}(results?|labs?|bloodwork|numbers?|levels?|"
        r"readings?|mammograms?|scans?|xrays?|biopsy|report|a1c|psa) (\w+ )?(normal|ok|okay|fine|good|clear|alright|"
        r"negative|positive|bad|abnormal)\b(?! to\b)",
        r"\b(results?|labs?|bloodwork|blood work|numbers?|levels?|readings?|mammograms?|scans?|xrays?|biopsy|report) "
        r"(are|is|were|was|look|looks|looked|seem|seems) (\w+ )?(normal|ok|okay|fine|good|clear|alright|negative)\b"
        r"(?! to\b)",
        r"\b(resultados?|analisis|examenes|estudios|laboratorios?) (\w+ ){0,2}(salieron|salio|estan|esta|son|es) "
        r"(bien|normales?|mal|buenos?|malos?)\b",
        # (the results named before: "are her pap smear results back and if they're normal")
        r"\b(if|whether|and|are) (theyre|they are|they were|they came back) (normal|ok|okay|fine|good|clear|alright|"
        r"negative|positive|bad|abnormal)\b(?! to\b)",
    ),
    "diagnosis": (
        r"\b(do|did|could|might|can) (i|he|she|we|my \w+) (have|has|got) (a |an |the )?(\w+ )?"
        r"(infection|uti|strep|flu|covid|virus|pneumonia|std|sti|diabetes|cancer|allergy|allergies|"
        r"concussion|fracture|pink eye|lice|mono)\b",
        r"\bi think (i|he|she|my \w+) (have|has|got|is|am|might|may)\b",
        r"\b(am i|is (he|she|my \w+)) (pregnant|sick|contagious|infected|allergic)\b",
        r"\b(creo que tengo|creo que tiene)\b",
    ),
    "advice": (
        r"(?<!when )\bshould (i|he|she|we) (go to|see|bring|come in|take (him|her|them) to|get) (\w+ ){0,2}"
        r"(er|emergency|urgent care|doctor|hospital|in|him|her|seen|checked|antibiotics)\b",
        r"\bdo (i|we|they|he|she) need (antibiotics|stitches|an xray|to be seen|to go)\b",
        # whether a treatment is right for one ("should she get tubes", "does he need his tonsils out")
        r"\b(should|does|do) (i|he|she|we|my \w+) (get|have|need) (\w+ ){0,2}(tubes|surgery|an operation|stitches|"
        r"a cast|tonsils out|adenoids out|a biopsy|a cpap|implants?)\b",
        # (not "what do i do if i need help after hours": how to reach care is the practice's question)
        r"\bwhat (should|can|do) (i|we) (do|give|take|use) (for|about|if)\b(?! (i|we) (need|want) (help|care|a doctor|"
        r"someone|a nurse|to (reach|talk|call|see|speak|get)))"
        # (nor "what do i do if i get sick on the weekend": falling ill when the clinic is shut, lead 17)
        r"(?! (i|we|he|she|they|my \w+|the \w+) (get|gets|getting|am|is|are|feel|feels|become|becomes) "
        r"(sick|ill|unwell) (on (the |a )?(weekends?|holidays?|saturdays?|sundays?)|at night|overnight|after hours|"
        r"when|while|before|over))",
        # (not what to do before a test: "que debo hacer antes del emg" is how to prepare, like English, round 22)
        r"\b(que hago|que debo hacer)\b(?! (antes|previo)\b)|\b(que le doy|que puedo tomar)\b",
        # which treatment suits the writer ("which antihistamine is best for me", "cual es mejor para mi hijo")
        r"\b(which|what) (\w+ ){0,3}(is|are|would be|works|work) (the )?(best|better|right) for (me|him|her|us|my)\b",
        r"\bcual (\w+ ){0,2}(es )?(el |la )?mejor para (mi|el|ella)\b",
        # session 14: whether a treatment still works for the writer after a delay ("condom broke 4 days ago is pep
        # still worth it", "todavia me sirve la pep")
        r"\b(is|would|will|does) (it|\w+) still (work|worth it|effective|help|be effective|be worth it|an option)\b|"
        r"\btodavia (me |le )?(sirve|funciona|puedo tomar)\b",
    ),
    # another clinician's instruction about a medicine, which the FAQ's general rule may contradict ("my
    # cardiologist said not to stop eliquis", "mi cardiologo me dijo que no lo deje"): for the care team to reconcile
    "orders": (
        r"\b(doctor|doc|dr|cardiologist|cardio|pcp|primary|provider|specialist|surgeon|oncologist|neurologist|"
        r"endocrinologist|nephrologist|psychiatrist|obgyn|nurse|pharmacist|np|pa) (\w+ ){0,2}(said|says|told|tells|"
        r"wants|advised|instructed|ordered) (me |him |her |us |them )?(i |he |she |we )?(\w+ )?"
        r"(not |never |cant |cannot |shouldnt |should not )?(to )?"
        r"(stop|keep|continue|stay on|hold|quit|skip|come off|take|double)\b",
        r"\b(medico|doctor|doctora|cardiologo|cardiologa|especialista) (\w+ ){0,2}(me )?(dijo|dice|indico|ordeno) que "
        r"(no )?(lo |la |los |las )?(deje|dejara|suspenda|pare|siga|continue|tome)\b",
    ),
    "activity": (
        r"\b(ok|okay|safe|fine|alright|allowed) to (exercise|work out|workout|run|swim|shower|bathe|fly|"
        r"travel|drive|lift|go (back )?to (work|school|the gym)|have sex)\b",
        r"\bcan i (exercise|work out|swim|shower|bathe|fly|drive|lift) (\w+ ){0,3}(after|with|while|since)\b",
        # aftercare: what one may do after a treatment ("can i go in the sun after my mohs surgery")
        r"\b(can|should|could) (i|he|she|we) (\w+ ){1,5}(after|since) ((my|the|his|her|our|this|a|an) (\w+ ){0,2})?"
        r"(surgery|procedure|biopsy|injection|injections|shot|shots|treatment|treatments|filling|extraction|"
        r"removal|botox|filler|fillers|peel|laser|vaccine|vaccines|operation|stitches|cirugia|chemo|chemotherapy|"
        r"infusion|infusions|radiation|quimio|quimioterapia)\b",
    ),
    "condition_if": (
        # "if my kid gets sick at night" plans ahead; "if he is sick" is about now, unless a time the clinic is shut
        # comes first ("who do i call at night if my kid is sick"; lead 19)
        r"(?<!night )(?<!overnight )(?<!weekend )(?<!weekends )(?<!hours )(?<!closed )"
        r"\bif (i|im|i am|ive|he|she|hes|shes|my \w+) (?!(\w+ )?(gets?|becomes?|falls?) sick)(\w+ ){0,2}"
        r"(pregnant|breastfeeding|nursing|sick|"
        r"allergic|on antibiotics|on blood thinners|taking)\b"
        # ...or after it ("if i am sick in the night when clinic is close, who i call"; lead 31)
        r"(?! (\w+ ){0,2}(at night|in the night|overnight|on (the )?weekends?|after hours|when (you|the clinic|clinic|"
        r"the office|office|you guys) (are|is|re) (closed|close)))",
        r"\b(while|when) (im |i am )?(pregnant|breastfeeding|nursing)\b",
        # session 14: an organ's lasting problem put as a condition ("can i start prep if i have kidney problems")
        r"\bif (i|he|she|my \w+) (have|has|had) (a |bad |weak )?(\w+ )?(kidney|liver|heart|lung|bleeding|immune|"
        r"thyroid|seizure|blood clotting) (problems?|disease|issues?|condition|failure|disorder)\b",
        r"\b(estando|si estoy) (embarazada|enferma|enfermo|amamantando)\b",
        # a treatment one is on now, asked about beside a service ("im on chemo, can i get the covid vaccine"; the
        # lead's batch 26): whether it is safe for that person is a clinician's call
        r"^(?=.*\b(can|should|could|safe|ok|okay|puedo|debo|puede)\b).*\b(im|i am|hes|he is|shes|she is|is|are|while|"
        r"currently|still|since|estoy|esta|mientras) (on|getting|having|doing|in|en|recibiendo) "
        r"(my |his |her |mi |la )?"
        r"(chemo|chemotherapy|radiation|dialysis|immunotherapy|blood thinners|quimio|quimioterapia|dialisis)\b",
        # one medicine asked of beside another the writer is on, or a change from one to another ("im on eliquis, can
        # i take ibuprofen", "can she switch from warfarin to eliquis"): an interaction for a clinician
        rf"\b(im|i am|hes|he is|shes|she is|is|are|estoy|esta) (on|taking|tomando) (\w+ ){{0,2}}({_MEDICINE})\b"
        rf".*\b(can|could|should|safe|ok|okay|puedo|puede|debo) (\w+ ){{0,3}}(take|have|use|mix|drink|tomar) "
        rf"(\w+ ){{0,3}}({_MEDICINE}|alcohol|beer|wine|drinks?|cerveza)\b",
        rf"\b(switch|switching|change|changing|go|going|cambiar|pasar) (\w+ ){{0,3}}(from|off|de) (\w+ ){{0,2}}"
        rf"({_MEDICINE}) (\w+ ){{0,2}}(to|onto|a)\b",
    ),
    # being pregnant is a condition, in scope of an entry about pregnancy ("just found out im pregnant, when
    # do i come in" at an OB clinic), a personal question elsewhere
    "has:pregnancy": (r"\b(im|i am|shes|she is) (\w+ )?(pregnant)\b|\bestoy embarazada\b",),
}

# Being hurt on the job names the kind of case (a work injury, workers' comp), not a symptom.
_AT_WORK = re.compile(r"\b(got |was |been |get )?(hurt|injured) (at|on) (work|the job|my job)\b")

# Where one message may hold more than one request.
_SPLIT = re.compile(
    r"[?;\n]+|\.\s+|\b(?:and also|also|plus|as well as|and then|another thing|additionally|y tambien|"
    # ("tambien" as texted: "tmb", "tmbn")
    r"tambien|tmb|tmbn|tambn|ademas|otra cosa)\b|\b(?:and|y) (?=(?:can|could|do|does|is|are|what|when|where|how|i need|"
    # (the question words as texted, "whats my balance"; and Spanish "y un/una", a second thing asked for)
    r"whats|wheres|hows|whens|un|una|"
    r"i want|id like|i have|i also|my|get|a|an|some|necesito|quiero|como|donde|cuando|puedo|"
    # Spanish joins a second request with "y" and an infinitive or "mi" ("cambiar mi cita y pedir una receta")
    r"mi|mis|pedir|renovar|sacar|cambiar|cancelar|preguntar|mandar|enviar|pagar|solicitar|obtener|conseguir|"
    r"agendar|reprogramar|hacer una|hacerme|"
    # ...or a second question's verb ("donde estan y aceptan medicaid?", round 30)
    r"aceptan|acepta|tienen|hay|abren|cierran|cuanto|cuanta|cual)\b)|"
    # a second imperative ("cancel my appt and send me my records", lead batch 22); "call and cancel" is one
    r"(?<!call )(?<!text )(?<!phone )(?<!ring )(?<!email )(?<!go )(?<!come )\band (?=(?:send|email|fax|mail|cancel|"
    r"book|schedule|reschedule|refill|renew|update)\b)"
)


# A symptom word said of the writer or someone they speak for: "my mole", "his acne", "i have a rash".
_PERSONAL = re.compile(
    r"\b(my|his|her|our|their|mi|mis|su|sus|(i|he|she|we|they|it) (have|has|had|got|get|gets|noticed|found)|"
    r"im|hes|shes|ive got|ive had|tengo|tiene|tienen) (\w+ ){0,2}?(?P<word>" + _SYMPTOM_WORDS + r")\b"
)
KINDS = frozenset(_CLINICAL) | {"has:"}

# Every message is checked against some 80 alternatives (a person, a complaint, the clinical kinds, symptoms), yet
# most name none of the words an alternative needs: each is filed by those words' starts (faq/prefilter.py, as
# triage does) and only the ones a text can hold are run. An alternation matches where one of its parts does, so
# running the parts alone decides the same.
_GATED = {"person": _PERSON_PARTS, "complaint": _COMPLAINT_PARTS, **_CLINICAL}
_GATED_OWNER = tuple(name for name, parts in _GATED.items() for _ in parts)
_GATED_REGEX = tuple(re.compile(part) for parts in _GATED.values() for part in parts)
# the symptom and condition patterns are found with finditer, so run whole, and only when the text holds a start
# they need: the index's last two items
_SYMPTOMS_ITEM, _CONDITIONS_ITEM = len(_GATED_REGEX), len(_GATED_REGEX) + 1
_GATED_INDEX = prefilter.Index(
    [
        *(prefilter.needs(part) for parts in _GATED.values() for part in parts),
        prefilter.needs(_SYMPTOM.pattern),
        prefilter.needs(_CONDITION.pattern),
    ]
)
# round 35: what "you" (the clinic) have is stock, when a shot or a test for the illness follows: "do you have flu
# shots yet", "you have the covid vaccine?" ask what the clinic offers, not about an illness
_STOCK = re.compile(r" (shots?|vaccines?|vaccinations?|jabs?|injections?|boosters?|tests?|testing|swabs?|vacunas?)\b")


def _stocked(norm: str, m: re.Match[str]) -> bool:
    return m.group(1) == "you" and _STOCK.match(norm, m.end()) is not None


@lru_cache(maxsize=64)  # the same message is asked for a person, a complaint and clinical cues: find these once
def _prepared(norm: str) -> tuple[int, Mapping[str, tuple[re.Pattern[str], ...]]]:
    """Which of the gated index's items normalised text may match (a bit mask), and its gated alternatives (by
    pattern name)."""
    held = _GATED_INDEX.held(norm.split())
    runnable: dict[str, tuple[re.Pattern[str], ...]] = {}
    for n in prefilter.bits_in_order(held & ~(3 << _SYMPTOMS_ITEM)):
        runnable[_GATED_OWNER[n]] = (*runnable.get(_GATED_OWNER[n], ()), _GATED_REGEX[n])
    return held, runnable


def _matches(name: str, norm: str) -> bool:
    """True when the gated pattern `name` (a part of _GATED) matches somewhere in normalised text."""
    return any(p.search(norm) for p in _prepared(norm)[1].get(name, ()))


# Conditions that are a state rather than an illness: an entry that asks about one covers a writer in it.
STATES = frozenset(("pregnancy",))


# What the "activity" questions ask may be done: an entry whose answer says whether one may shower with a
# monitor on has answered "can i shower with the holter on".
_ACTIVITY_WORDS = re.compile(
    r"\b(exercise|exercising|work out|workout|run|running|swim|swimming|shower|showering|bathe|bathing|fly|flying|"
    r"travel|traveling|drive|driving|lift|lifting|sleep|sleeping)\b"
)


def activities(text: str) -> frozenset[str]:
    """The activity words a text asks about ("shower", "drive"), as matching terms."""
    return frozenset(lexicon.term(m.group(0).replace(" ", "")) for m in _ACTIVITY_WORDS.finditer(normalize(text)))


_DEFINE = re.compile(r"\bwhat (does|do|is|are) (\w+ ){0,6}(mean|means)\b|\bque significa\b")


def asks_meaning_of_word(text: str) -> bool:
    """True for "what does X mean" (a definition, or a reading: the caller tells which)."""
    return bool(_DEFINE.search(normalize(text)))


def is_symptom(cue: str) -> bool:
    """True for a cue that is a symptom or condition word ("mole", "acne"), not a kind of question."""
    return cue not in KINDS and not cue.startswith("has:")


def personal_symptoms(text: str) -> frozenset[str]:
    """The symptom cues a text says of the writer or someone they speak for ("my mole", "i have a rash").

    A symptom word that is only the topic of a service ("a full body mole check", "do you do something
    for acne") is not among them.
    """
    return frozenset(lexicon.term(m["word"]) for m in _PERSONAL.finditer(normalize(text)))


# Round 78: a lasting state of mind named as what a visit is for ("first appointment next week for my anxiety", "been
# putting it off bc of the depression"; the lead's batch 58) is why the visit was booked, not a question about it; said
# of oneself elsewhere ("my anxiety has been really bad") it stays a symptom.
_STANDING = r"anxiety|depression|ansiedad|depresion"
_VISIT_FOR = re.compile(
    r"\b(?:(?:appointment|appointments|visit|therapy|counseling|session|cita|consulta) (?:\w+ ){0,3}?"
    r"(?:for|para|about|por) (?:my|the|mi|la)|(?:because of|due to|por) (?:my|the|mi|la)) "
    rf"(?P<word>{_STANDING})\b"
)
_STANDING_WORD = re.compile(rf"\b(?:{_STANDING})\b")


def visit_reasons(text: str) -> frozenset[str]:
    """The cues of a lasting state of mind a text names only as what a visit is for (see _VISIT_FOR); empty when
    one is also said another way."""
    norm = normalize(text)
    named = [m["word"] for m in _VISIT_FOR.finditer(norm)]
    if not named or len(named) != len(_STANDING_WORD.findall(norm)):
        return frozenset()
    return frozenset(lexicon.term(w) for w in named)


# Asking how to reach someone ("what number do i call to talk to the office") asks for the number: the
# FAQ's phone entry answers it, and with no such entry the matcher hands it on anyway. "Call me" stays a request.
_HOW_TO_REACH = _any(
    r"\b(what|which|whats) (\w+ ){0,2}(number|phone|line|extension)\b",
    r"\b(number|phone number|line|extension) (do i|should i|can i|would i|to) (call|dial|text|use)\b",
    r"\bhow (do|can|would|should) (i|we) (call|reach|phone|get ahold of|get hold of|get through to)\b",
    r"\b(que|cual es el|cual) (numero|telefono)\b",
    # round 73: whom to call for one, asked ("if i need to talk to a nurse at 2am who do i call", "a quien le hablo")
    r"\bwho (do|should|can|would|could) (i|we) (call|text|contact|reach|phone|ring)\b",
    r"\b(a )?quien (le )?(llamo|hablo|marco|contacto|llamamos|hablamos|marcamos)\b",
)
_CALL_ME = _any(r"\b(call|ring|phone|text) me\b", r"\b(llamenme|llameme|llamame)\b", r"\bme (pueden|puede) llamar\b")


def asks_for_person(text: str) -> bool:
    """True when the patient asks to reach a person ("agent", "talk to someone", "nurse please")."""
    norm = normalize(text)
    if not _matches("person", norm):
        return False
    return not _HOW_TO_REACH.search(norm) or bool(_CALL_ME.search(norm))


def is_complaint(text: str) -> bool:
    """True when the message complains (staff should read it, not the bot answer it)."""
    return _matches("complaint", normalize(text))


def clinical_cues(text: str) -> frozenset[str]:
    """What makes a text a personal clinical question: symptom words and the kinds of question.

    An FAQ entry whose own phrasings carry the same cues covers them (a clinic may answer "what do I
    do for a sore throat?"); otherwise the message is for a clinician.
    """
    norm = normalize(text)
    if "hurt" in norm or "injured" in norm:  # the only words _AT_WORK can match: skip its scan otherwise
        norm = _AT_WORK.sub(" work injury ", norm)
    held, runnable = _prepared(norm)
    cues: set[str] = set()
    if held >> _SYMPTOMS_ITEM & 1:
        cues = {lexicon.term(m.group(0)) for m in _SYMPTOM.finditer(norm)}
    if held >> _CONDITIONS_ITEM & 1:
        cues |= {f"has:{m['cond'] or 'condition'}" for m in _CONDITION.finditer(norm) if not _stocked(norm, m)}
    cues |= {name for name in _CLINICAL if any(p.search(norm) for p in runnable.get(name, ()))}
    return frozenset(cues)


# Clauses of a message: cut at punctuation and at chatter that closes a thought ("lol", "jaja", "anyway").
_CHATTER = (
    r"lol+|lmao|haha\w*|hehe\w*|jaja\w*|jeje\w*|jiji\w*|xd|anyway|anyways|anyhow|btw|en fin|bueno|oh well"
    # (round 73: a sigh, "locked out of the portal again, forgot pw. ugh")
    r"|ugh+|argh+|sigh|smh|geez|jeez|welp|meh"
)
# (round 42: not at a time's colon or point, "at 5:30")
_CLAUSE = re.compile(
    r"(?:[,;!?\n]|(?<!\d)[.:]|[.:](?!\d))+|\s(?=(?:anyway|anyways|anyhow|btw|en fin|oh well)\b)"
    rf"|(?<=\s)(?:{_CHATTER})\b"
)
_CHATTER_WORD = re.compile(rf"(?:^|\s)(?:{_CHATTER})(?:\s|$)")
# "did" asks of someone or something ("did you get my form", "did the lab call"); "did bloodwork monday" is a statement
# that leaves its "i" out as texters do (round 74)
_DID_ASKS = (
    r"did(?= (?:you|u|ya|yall|i|we|they|he|she|it|that|this|the|my|your|ur|his|her|our|their|anyone|anybody|someone|"
    r"somebody|dr|doc|doctor|nurse|mom|dad|not|yall)\b)"
)
# A clause that asks or requests something (a question word first, a wish, a plea, a question mark)...
_REQUEST = re.compile(
    # (round 73: not "who" opening a relative clause, "harold greene, who is a patient at your practice", nor what one
    # can only do, "i work days and can only arrange things by text")
    r"^(what|whats|when|where|wheres|how|hows|why|who(?! (?:is|was|has been|have been|s been) (?:a |an |your |our |"
    r"one of your )?(?:\w+ )?(?:patient|pt|client|member)s?\b)|which|can(?! only\b)|could(?! only\b)|do|does|will|"
    # (round 74: "did" asks of someone or something, see _QUESTION: "did bloodwork monday" tells what one did)
    rf"{_DID_ASKS}|"
    r"would|should|is there|"
    r"are there|are you|are u|is it|any|que|cuando|donde|como|cual|cuanto|cuanta|a que|puedo|pueden|puede|hay|"
    r"tienen|aceptan|hacen)\b"
    r"|\b(need|needs|needed|want|wanted|wanna|would like|id like|like to|please|pls|plz|help|tell me|let me know|"
    r"can you|can i|could you|could i|do you|necesito|necesita|quiero|quisiera|ocupo|por favor|ayuda|me pueden|"
    # (round 73: and asked for someone, "my husband wants to know if he can get his shingles shot there too")
    r"wants to know|wonder if|wonders if|wondering if|wondering whether|quiere saber|quieren saber|"
    r"me puede|puedo|pueden|favor de)\b|\?"
    # Spanish asks with the subject first too ("ustedes hacen el examen de inmigracion")
    r"|\b(ustedes|uds|usted|ud) (hacen|tienen|aceptan|dan|ponen|atienden|ven|hace|tiene|acepta|da|atiende)\b"
)
# "ill" before a verb is "I'll" as texted ("ill have my moms van", "ill be driving"), not illness (round 42)
_ILL = (
    r"ill(?! (?:have|be|bring|need|come|get|call|drive|take|go|ride|pay|try|see|do|use|make|just|probably|text|"
    r"send|head|walk|stop|swing|park|leave|ask|check))"
)
# ...or reports a problem ("my bill is wrong", "the app doesnt work") is not small talk.
_PROBLEM = re.compile(
    r"\b(wrong|error|mistake|missing|lost|broken|broke|never|not|no|didnt|doesnt|dont|cant|wont|isnt|wasnt|"
    r"havent|hasnt|still|again|problem|issue|charged|billed|denied|late|cancel\w*|reschedul\w*|refill\w*|"
    rf"nunca|mal|error|problema|perdi|todavia|aun|sick|{_ILL}|enfermo|enferma|hospital|er|emergency|emergencia|"
    r"urgent|accident|accidente|fell|injured|pregnant|embarazada|died|passed|murio|fallecio)\b"
)


# Words of danger, the body or other care, even said as a joke ("these stairs will kill me lol", "lips are purple
# from the popsicle haha", "my husband's chemo schedule changed"): an aside with one is for staff to read.
_ALARMING = re.compile(
    r"\b(kill\w*|die|dies|dying|dead|death|deadly|murder\w*|choke\w*|choking|drool\w*|purple|"
    # (round 42: Blue Cross and Blue Shield are insurers)
    r"blue(?! cross| shield)|grey|gray|pale|"
    r"stroke|heart|attack|infarto|matar|mata|muero|morir|muerto|muerta|burn\w*|bleed\w*|"
    # (a blood test is a service and "a bit" a quantity, not blood or a bite: "money is a bit tight"; batch 21)
    r"blood(?! (?:test|tests|work|draw|drawn|taken|panel)\b)|breath\w*|faint\w*|"
    r"passed out|pass out|crush\w*|grounds|curtains|bounc\w*|walls|(?<!\ba )(?<!little )bit|"
    r"bite|bitten|stung|sting|fell|fall|falling|"
    r"crash\w*|seiz\w*|shak\w*|lips|face|head|botox|suicid\w*|overdos\w*|poison\w*|pills|gun|guns|shot|shoot\w*|"
    r"stab\w*|broke|broken|stress\w*|panic\w*|cry\w*|crazy|insane|chemo|quimio|dialysis|dialisis|radiation|"
    r"surgery|cirugia|hospital|er|icu|ambulance|911|"
    r"assisted living|nursing home|memory care|asilo|wait|waiting|espera\w*|brutal|scared|scary|afraid|nervous|"
    r"dread\w*|terrified|miedo)\b"
)


def clauses(text: str) -> list[str]:
    """A message cut into clauses (at punctuation, "lol", "anyway"), each kept with its own punctuation marks
    dropped except a question mark's."""
    folded = fold(text)
    out: list[str] = []
    start = 0
    for m in _CLAUSE.finditer(folded):
        part = folded[start : m.end() if "?" in m.group(0) else m.start()] + (
            "" if "?" in m.group(0) else " " + m.group(0).strip(",.;:!\n ")
        )
        start = m.end()
        if part.strip(" ,.;:!"):
            out.append(" ".join(part.split()))
    tail = folded[start:].strip(" ,.;:!")
    if tail:
        out.append(tail)
    # a clause of chatter alone ("lol") belongs to the one before it
    merged: list[str] = []
    for part in out:
        if merged and not _CHATTER_WORD.sub(" ", f" {normalize(part)} ").strip():
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return merged


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def sentences(text: str) -> list[str]:
    """A message cut into sentences (folded text)."""
    return [s for s in _SENTENCE_END.split(fold(text)) if s.strip()]


def stated_beside_question(text: str) -> frozenset[str]:
    """The sentences of a message without a question mark, when there are two or more and one of them is asked
    by its first word ("is there parking. i walk with a cane"): each may stand beside that question as its
    backstory. Empty otherwise."""
    if "." not in text and "!" not in text and "\n" not in text:
        return frozenset()
    whole = [s.strip(" .!") for s in sentences(text)]
    if len(whole) < 2 or not any(is_question(s) for s in whole):
        return frozenset()
    return frozenset(whole)


# The body and how one feels: a statement naming them is no backstory ("my chest feels tight. are you open?").
_BODILY = re.compile(
    r"\b(feel|feels|feeling|felt|chest|stomach|belly|tummy|arm|arms|leg|legs|neck|throat|eye|eyes|ear|ears|"
    rf"skin|knee|knees|hip|foot|feet|hand|hands|lung|lungs|body|tight|swollen|sick|{_ILL}|unwell|temperature|"
    # ...nor a reading ("i had my cholesterol checked and it was a bit high. i would like a follow up"; batch 21)
    # (round 79: not a school, "i just started teaching at the high school")
    r"high(?! schools?\b| schooler)|low|abnormal|elevated|borderline|positive|alto|alta|bajo|baja|"
    # ...nor how far along a pregnancy is ("im 30 weeks along and driving in"; round 42)
    r"\d+ ?(?:weeks|wks|months) (?:along|pregnant)|weeks along|embarazada)\b"
)
_BODILY_GATE = _Gate(_BODILY)


# Round 44: why a plain question is asked, said by older writers in a sentence of its own: never having been
# there, not knowing the area, not using computers, not walking far or fast, a card or letter mislaid, a commitment
# that day. Its words name nothing the FAQ answers, so beside another sentence it is dropped (without_circumstance)
_IDLE_CIRCUMSTANCE_PATTERN = (
    r"\b(?:(?:i|we) (?:have not|havent|have never|had never|never)|(?:ive|weve) (?:not|never)) been (?:there|here|in|"
    r"to (?:the|your) (?:clinic|office|"
    r"building|practice|new \w+|place))(?: (?:before|yet))?\b|\b(?:this is|its|it is) (?:my|our) first time\b"
    # round 63: a first-timer or a newcomer asking the way ("whats the address, first time coming, we just moved
    # here"): beside an address or parking question, not the new-patient entry's question
    r"|^\s*(?:(?:its|it is|this is|itll be|it will be) )?(?:my |our |his |her )?first time (?:coming|here|there|"
    # (round 77: and with whom, "first time coming w the twins, whats the address again?")
    r"visiting|coming in)(?: (?:with|w) (?:the|my|our|both) (?:new |little )?(?:twins|triplets|babies|baby|newborn|"
    r"kids|children|boys|girls|son|daughter|mom|dad|husband|wife|family))?\s*$"
    r"|\b(?:i|we) (?:just|recently) moved (?:here|to (?:the area|town|the city|this area))\s*$"
    r"|\b(?:(?:i am|im|we are|were) not from (?:around here|here|the area|this area)|(?:i|we) (?:do not|dont) know "
    r"the (?:area|city|town|neighborhood|way))\b"
    # (round 79: or of the clinic they left, that did not have or offer what they ask of this one: "how do i get on the
    # portal thing? my old clinic didnt have one"; not what it did not send or do for them, a request's reason)
    r"|\b(?:my|our) (?:old|last|previous|former|other) (?:clinic|doctor|doctors|doc|office|practice|provider|"
    r"pediatrician)(?: office)? (?:didnt|did not|never|doesnt|does not|wasnt|was not)(?: (?:have|use|offer|offered|"
    r"do|did|used|had|was))?(?: (?:one|it|that|this|them|those|any|either))?\s*$"
    # (round 70: as newcomers say it in Spanish, "acabo de llegar al pueblo y no conozco nada")
    r"|\bno (?:conozco|conocemos) (?:nada|a nadie|el area|el pueblo|la ciudad|la zona|el lugar|por aqui|por aca)\b"
    r"|\b(?:i|we) (?:do not|dont|never) (?:use|have|own|do|go on) (?:a |an |the |any )?(?:computers?|internet|"
    r"email|e mail|smartphones?|smart phones?|apps?|texts?|texting|online|portal)\b"
    r"|\b(?:i am|im) not (?:good|great|very good) (?:with|at|on) (?:computers|technology|the computer|phones|"
    r"the internet|apps|online)\b"
    r"|\b(?:i|we) (?:do not|dont|cannot|cant|can not) walk (?:very |too |that )?(?:fast|far|quickly|well|much|long "
    r"distances)\b"
    r"|\b(?:i|we) (?:lost|misplaced|threw away|cannot find|cant find) (?:the|your|that) (?:appointment |reminder |"
    r"business )?(?:card|letter|paper|reminder|note|slip)\b"
    # ...a pass or ticket for the ride running out ("my bus pass runs out", "the metro card expires friday")
    r"|\b(?:my|the|our) (?:bus|train|metro|transit|subway|monthly) (?:pass|card|ticket)s? (?:runs out|ran out|expires|"
    r"expired|is expiring|will expire)\b"
    # ...a commitment that day ("i have work that day", "we have school in the morning"); not travel, which an early
    # refill or a travel clinic reads ("refill my ritalin a week early, we're traveling")
    r"|\b(?:i|we) (?:have|got|ve got|have got) (?:work|school|class|classes|a meeting|meetings|a conflict|"
    r"a shift|practice|plans)(?: (?:that|this|on that|the same|in the|tomorrow) ?(?:day|morning|afternoon|time|week)?)?"
    r"\b|\bsomething came up\b"
    # ...and who sent the writer here ("the pharmacy said to contact the office", "my school told me to call you")
    r"|\b(?:the|my|our) (?:pharmacy|pharmacist|drugstore|insurance|insurance company|school|employer|boss|work|"
    r"hospital|other doctor|specialist|receptionist) (?:said|told me|told us|says|asked me|wants me) (?:to|i should|we"
    r" should|i need to|we need to) (?:contact|call|ring|phone|reach|ask|message|text|check with|get in touch with)"
    r" (?:you|you guys|the office|the clinic|your office|the doctor|my doctor|the practice|here)\b"
)
_IDLE_CIRCUMSTANCE = re.compile(_IDLE_CIRCUMSTANCE_PATTERN)


# Backstory that only dates a request or says what brought it on, whose words read as a problem or danger elsewhere
# (batch 21): how long since the last visit, results not heard of yet, not being able to make a day, a phone that
# died, a job or cover lost, medicine running out, money being tight, the season. Said as a complaint ("still
# havent heard", "never heard back") it is not matched, and the complaint patterns read the clause whole anyway.
_PLAIN_BACKSTORY = re.compile(
    r"\b(?:(?:i|we) )?(?:have not|havent|had not|hadnt) been (?:in|seen|there|here|to (?:the|your|see) \w+)"
    r" (?:in|for) (?:\w+ ){0,3}?(?:years?|months?|a while|ages|a long time)\b"
    r"|(?<!still )(?<!yet )\b(?:(?:i|we) )?(?:have not|havent|has not|hasnt) (?:heard|gotten|received|seen) "
    r"(?:anything|any news|a thing|word)(?: (?:yet|so far))?"
    r"|\b(?:(?:i|we) )?(?:cant|cannot|can not|wont be able to|will not be able to|am not able to|couldnt) "
    r"(?:make it|come in|be there)\b"
    r"|\bmy (?:phone|cell|cell phone|cellphone|mobile) (?:died|broke|is broken|was stolen|got stolen|fell in \w+)"
    r"|\b(?:(?:i|we) )?lost (?:all )?(?:my |our )?(?:contacts|numbers|phone numbers|contact list|job)\b"
    # round 63: the circumstance of the person the visit is for, or of the staff who bring them: a job lost, not
    # walking far, no time off, no driver that day ("my husband lost his job", "she cant go far", "we're short
    # staffed and have no driver")
    r"|\b(?:lost|lose|losing) (?:his|her|their) job\b"
    r"|\b(?:cant|cannot|can not) (?:go|get around|walk) (?:very |too |that )?far\b"
    r"|\b(?:cant|cannot|can not|couldnt) get (?:off|out) (?:of work |from work )?(?:early|in time|that day)\b"
    r"|\b(?:(?:are|were|we are|is) )?short (?:staffed|handed)\b"
    r"|\b(?:have |got )?no (?:driver|transport|transportation)\b"
    # (and a child asleep in the car is no fall: "the baby fell asleep in the car seat")
    r"|\bfell asleep\b"
    r"|\b(?:perdi|perdio) (?:mi |su )?(?:trabajo|empleo|telefono|celular)\b"
    r"|\b(?:ya )?no tengo (?:seguro|aseguranza)\b|\b(?:ya )?(?:casi )?no me quedan? (?:\w+ )?(?:pastillas|medicina|"
    r"medicamentos?)\b"
    r"|\b(?:almost|nearly|running|ran|about to run) out of (?:my )?(?:\w+ )?"
    r"(?:pills|meds|medicine|medication|tablets)\b"
    r"|\b(?:money|funds|budget|things) (?:is|are|has been|have been|been) (?:\w+ ){0,3}?tight\b"
    r"|\b(?:this|last|next|every|each|in the) fall\b|\bfall is (?:here|coming|around)\b"
    # round 42: lacking an everyday means (a car, a sitter, checks) says how a visit or payment must fit the day
    r"|\b(?:(?:i|we) )?(?:dont|do not|didnt|wont|will not) have (?:a |any |my |our )?(?:car|ride|babysitter|sitter|"
    r"childcare|child care|checks|checkbook|printer|computer|laptop|internet|wifi)\b"
    r"|\bno (?:car|ride|babysitter|sitter|childcare|child care|printer|computer|internet|wifi)\b"
    r"|\b(?:ya )?no (?:tengo|tenemos) (?:carro|coche|auto|transporte|raite|ninera|quien me lleve|computadora|"
    r"internet)\b"
    # ...not driving, late shifts, a lay-off, a plan one is no longer on, a day one cannot make (batch 25 writer B)
    r"|\b(?:i |we )?(?:dont|do not|cant|cannot) drive\b|\bno (?:manejo|manejamos|se manejar)\b"
    r"|\b(?:work|works|working) (?:late|nights|overnights?)\b|\blate shifts?\b"
    r"|\b(?:was|were|got|been|being|have been|has been) laid off\b|\b(?:on )?a tight budget\b"
    r"|\b(?:im |i am |we are |were )?not on (?:my |our |his |her )?(?:\w+ )?(?:plan|insurance)(?: anymore)?\b"
    r"|\b(?:i |we )?(?:cant|cannot|can not|wont be able to) make (?:it )?(?:on )?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|that day|the \w+|my \w+)\b"
    r"|\bpero ya no (?:puede|pueden|puedo|podemos)\b"
    r"|\b(?:ya )?no (?:puedo|puede|podemos|pueden) (?:llevarme|llevarnos)\b"
    # ...and a number lost with a phone ("i lost it when my phone died"; round 73: "lost it when i switched carriers",
    # "lo perdi cuando cambie de celular", "se me borro del celular")
    r"|(?:\b(?:i|we) )?\blost (?:it|them|your number|the number) when\b"
    r"|\b(?:lo|la|los|el numero|su numero) (?:perdi|perdimos|borre|borramos)(?: cuando| al)\b"
    r"|\bse me (?:borro|perdio|borraron|perdieron)(?: (?:del|de mi|el) (?:celular|telefono|cel))?\b"
    # ...a treatment elsewhere moved, or its costs, as why a visit moves or a bill is hard ("chemo got moved to
    # thursday", "between the dialysis copays and everything"), money short of paying all at once ("we can't do the $640
    # all at once", "no la puedo pagar toda junta"), and a ride running behind ("paratransit is running behind again")
    r"|\b(?:my |his |her |our |the )?(?:chemo|chemotherapy|quimio|quimioterapia|dialysis|dialisis|radiation|infusions?|"
    r"physical therapy|therapy)(?: (?:treatments?|sessions?|appointments?|appt|schedule|days?))? (?:got |was |is |has "
    r"been |have been |just )?(?:moved|changed|rescheduled|switched|bumped|pushed)\b"
    r"|\b(?:the |my |our |his |her )?(?:dialysis|chemo|hospital|medical|er|surgery|infusion|pharmacy) "
    r"(?:copays?|bills?|costs?|expenses?)\b"
    r"|\b(?:cant|cannot|can not|couldnt|wont be able to) (?:do|pay|afford|swing|manage|cover) (?:the |it |that |this "
    r"|my |our )?(?:\$ ?\d+(?:\.\d\d)? |\d+ (?:dollars )?|bill |balance |amount |whole thing |full amount |total )?"
    r"(?:all )?(?:at once|in one go|in one shot|in full)\b"
    r"|\bno (?:la |lo |las |los )?(?:puedo|podemos) pagar (?:toda |todo )?(?:junta|junto|de una vez|completa|"
    r"completo)\b"
    r"|\b(?:the |my |our )?(?:paratransit|bus|ride|van|driver|uber|lyft|train|shuttle|transport|transportation) (?:is |"
    r"was |s )?(?:running )?(?:behind|late)(?: again| today| as usual)?\b"
    # ...why a service is wanted: not to call each time, a plan that does not cover all ("dont want to call every time",
    # "va doesnt cover everything")
    r"|\b(?:i |we )?(?:dont|do not|didnt|never) want to (?:call|keep calling|wait|come in|drive|bother you|bug you)"
    r"(?: (?:every|each) time| all the time| anymore| again)?\b"
    r"|\b(?:the |my |our )?(?:va|medicare|medicaid|insurance|plan|tricare) (?:doesnt|does not|wont|will not|dont) "
    r"cover (?:everything|it all|all of it|much|all)\b"
    # ...between jobs ("between gigs, no insurance rn")
    r"|\bbetween (?:jobs|gigs|contracts)\b"
    # ...and where one works, a hospital too ("my hospital job is making everyone get it")
    r"|\b(?:my|our|the|a) (?:hospital|nursing home|er|icu|clinic|pharmacy) (?:job|work|employer|shift|gig)s?\b"
    rf"|{_IDLE_CIRCUMSTANCE_PATTERN}"
    # ...and a ride not here yet, which the FAQ reads as being late, so it stays in the text (round 44)
    r"|\b(?:the|my|our) (?:bus|train|ride|taxi|cab|uber|lyft|shuttle|van) (?:has not|hasnt|is not|isnt|did not|didnt)"
    r" (?:come|arrived|shown up|showed up|here)(?: yet)?\b"
)
_IDLE_GATE = _Gate(_IDLE_CIRCUMSTANCE)
_PLAIN_GATE = _Gate(_PLAIN_BACKSTORY)
_PROBLEM_GATE = _Gate(_PROBLEM)
_ALARMING_GATE = _Gate(_ALARMING)


def _plain(norm: str) -> str:
    """Normalised text without the backstory of _PLAIN_BACKSTORY."""
    return _PLAIN_BACKSTORY.sub(" ", norm) if _PLAIN_GATE.open(norm) else norm


# Round 82: where a message's sentences end as written: a full stop, question or exclamation mark, semicolon or line
# break and the space after it, but not a title's full stop ("send my records to Dr. Lin and book me a follow-up")
_PIECE_END = re.compile(
    r"(?<!\bdr\.)(?<!\bmr\.)(?<!\bms\.)(?<!\bmrs\.)(?<!\bst\.)(?<!\bsr\.)(?<!\bdra\.)(?<!\bsra\.)(?<=[.?!;\n])\s+",
    re.IGNORECASE,
)
# Round 82: a statement that tells of trouble with an errand (it failed, was refused, went missing, was missed, never
# came), disputes what was billed or said, or pushes back on a rule ("10 business days is too long"): told beside a
# question it is why a person must answer, never backstory. (Folded text: "didn't" is "didnt".)
_TROUBLE = re.compile(
    r"\b(?:never|nothing|nobody|no one|error|wrong|denied|rejected|declined|didnt|did not|doesnt|does not|wont|"
    r"will not|hasnt|has not|havent|have not|isnt|is not|wasnt|was not|arent|still|but|pero|though|although|already|"
    r"ya|supposed|thought|pense|twice|dos veces|nada|nadie|no me|no le|no lo|no la|no han|no ha|out of network|"
    r"expired|lost|missing|missed|perdi|falte|too long|too late|demasiado|passed away|murio|fallecio|deceased)\b"
    # (a death told beside an errand: "my husband died in March. please cancel his appointments"; a figure of speech,
    # "nearly died laughing", is none)
    r"|(?<!nearly )(?<!almost )(?<!casi )\bdied\b"
    r"|\$|\d+ ?(?:dollars|dolares)\b"
)
# Round 82: what cannot be done, what hurts or is getting worse, or what is happening today: beside the hours or another
# errand, a problem of its own ("what are your hours? my shoulder popped out again and i cant move it")
_ACUTE = re.compile(
    r"\b(?:cant|cannot|can not|no puedo|no puede|worse|worst|peor|again|otra vez|still|todavia|hurts?|hurting|"
    r"duele|pain|dolor|sick|enferm\w*|fever|fiebre|today|tonight|hoy|right now|ahorita|"
    # (a fall or an injury: "I fell off my bike last week. Are you open Saturday?")
    r"fell (?:off|down|over|from|and|on)|injured|injury|sprained|twisted|me cai|se cayo|lastim\w*)\b"
)


# Round 82: what is said of the body told as a figure of speech or a laugh, or as long past ("the sermon was so long I
# nearly passed out lol", "had a stroke 5 years ago", "broken wrist, long healed")
_FIGURE_OR_PAST = re.compile(
    r"\b(?:lol|lmao|haha\w*|jaja\w*|jk|literally|years? ago|hace \w+ anos|hace anos|back in \d{4}|in \d{4}|"
    r"since \d{4}|last year|el ano pasado|long healed|all healed|long behind)\b"
    r"|[\U0001F602\U0001F605\U0001F480\U0001F923]"
)


def tells_of_body(clause: str) -> bool:
    """True for a statement naming the body or how one feels (see _BODILY), unless told as a figure of speech, a laugh
    or long past (_FIGURE_OR_PAST): beside an errand, a matter of its own ("My chest feels tight. Are you open?")."""
    plain = _plain(normalize(clause))
    if not (_BODILY_GATE.open(plain) and _BODILY.search(plain)):
        return False
    return _FIGURE_OR_PAST.search(fold(clause)) is None


# Round 82: what makes an errand's answer, the same for everyone else, not fit the one asking: another person's age
# (what a parent or a carer may do for a minor: "puedo entrar al portal de mi nena? tiene 15 años") or a vehicle no lot
# is built for ("is parking free? i'll be driving the company semi with the trailer on it")
_OVERSIZED = r"\b(?:semi|trailer|rv|motorhome|18 wheeler|tractor|box truck|bus de la iglesia|church bus|dually)\b"
_NOT_FOR_ALL = re.compile(
    r"\b(?:tiene|is|shes|hes|she is|he is|turned|turns|cumplio) \d{1,2}\b(?! ?(?:min|minutes|am|pm|hours?|weeks?))|"
    + _OVERSIZED
)
_OVERSIZED_VEHICLE = re.compile(_OVERSIZED)


def not_for_all(clause: str) -> bool:
    """True for a statement of what makes an errand's answer not fit the one asking (see _NOT_FOR_ALL)."""
    return _NOT_FOR_ALL.search(fold(clause)) is not None


def oversized_vehicle(clause: str) -> bool:
    """True for a statement naming a vehicle no parking lot is built for (a semi, a trailer, an RV)."""
    return _OVERSIZED_VEHICLE.search(fold(clause)) is not None


# Round 85: the errand's own way already tried and failed, or a charge disputed against what the writer was told ("i
# tried the reset link four times and nothing comes", "insurance was supposed to pay all of it", "you guys told me you
# take it"): what the FAQ's answer says to do is what did not work, so a person must look. (A charge asked about alone,
# "why was i charged for a flu shot", is the billing entry's: its office explains charges.)
_FAILED = re.compile(
    # (the FAQ's own remedy already used: "tried the reset link", "hice lo de olvide mi contraseña")
    r"\b(?:tried|used|clicked|did|done|intente|use|hice) (?:the |your |el |lo de )?"
    r"(?:reset|forgot password|password reset|reset link|password link|enlace para cambiar|olvide mi contrasena)\b"
    r"|\bsupposed to (?:pay|cover|be covered|be free)\b"
    r"|\b(?:you|they|u|yall|ustedes) (?:guys |all |people )?(?:told|said|promised) (?:me|us) "
    r"(?:you|u|yall|it|that|they|we|i|he|she)\b"
    r"|\bme dijeron que (?:si |no )?(?:aceptan|aceptaban|cubre|cubria|cubren|cobran|cobraban|era gratis)\b"
)


def tells_failed(text: str) -> bool:
    """True for a message telling that the errand's own way already failed, or disputing a charge (_FAILED)."""
    return _FAILED.search(fold(text)) is not None


# Round 87: whether something that happened belongs in the chart, or whether the clinic needs to hear of it ("poison
# control said it was non toxic. does that go on her chart or do you need to know about it", "should i let his doctor
# know about the er visit"): a person decides what is noted, which no answer on how to get a copy of records says.
_FOR_THE_RECORD = re.compile(
    # (not "is in my file", a statement: "my insurance is in my file, do i bring the card")
    r"\b(?:go|goes|going|get|gets|be put|put|added|add|noted|written|recorded|documented) (?:on|in|into|to) "
    r"(?:his|her|my|their|the|your|our|its) (?:chart|record|records|file|medical record|medical records)\b"
    r"|\b(?:do|does|would|will) (?:you|u|yall|ya|the doctor|the dr|his doctor|her doctor|my doctor|the office|"
    r"the clinic)(?: guys| all)? (?:need|want|have|wanna) to (?:know|hear)\b"
    # (the doctor told of an event; not "should i let the office know im running late", an errand)
    r"|\bshould (?:i|we) (?:tell|let|inform|notify) (?:the doctor|the dr|his doctor|her doctor|my doctor|"
    r"their doctor)\b"
    r"|\b(?:va|van|queda|quedan|(?:debe|deberia|tiene que|hay que) (?:ir|quedar|estar|aparecer|anotar\w*|poner\w*)|"
    r"se (?:anota|pone)|lo (?:anotan|ponen)) en (?:su|mi|el|sus|mis) (?:expediente|historial|record|archivo)\b"
    # (not "mis papas quieren saber si aceptan medicaid": that is the question itself)
    r"|\bnecesitan saberlo\b|\b(?:necesitan|necesita|deben) saber (?:de|sobre) (?:eso|esto)\b"
    r"|\bo les aviso\b|\bles tengo que avisar\b"
)


def asks_for_the_record(text: str) -> bool:
    """True for a question of whether an event goes in the chart or the clinic needs to hear of it (_FOR_THE_RECORD)."""
    return _FOR_THE_RECORD.search(fold(text)) is not None


def pieces(text: str) -> list[str]:
    """The sentences of a message as written (unfolded), each with its end mark; empty ones dropped."""
    return [p for p in _PIECE_END.split(text.strip()) if p.strip(" .!?;,")]


def tells_trouble(clause: str) -> bool:
    """True for a statement of trouble with an errand, a dispute or a pushback on a rule (see _TROUBLE)."""
    return _TROUBLE.search(fold(clause)) is not None


def tells_acute(clause: str) -> bool:
    """True for a statement of what cannot be done, hurts, is getting worse, or happens today (see _ACUTE)."""
    return _ACUTE.search(fold(clause)) is not None


def may_be_backstory(clause: str) -> bool:
    """True for a plain statement that may stand before a question as its backstory: an aside (see below) that
    names no clinical cue, nor the body or how one feels."""
    if not may_be_aside(clause) or clinical_cues(clause):
        return False
    plain = _plain(normalize(clause))
    return not (_BODILY_GATE.open(plain) and _BODILY.search(plain))


def plain_rest(clause: str, own: Callable[[str], bool]) -> str | None:
    """What is left of a clause once its backstory (_PLAIN_BACKSTORY) and the words `own` says are of the matter asked
    are set aside, when that is an aside (may_be_aside: "we'll be 20 min late" beside a question about being late)
    and the clause names no clinical cue; None otherwise."""
    if clinical_cues(clause):
        return None
    # (its words as the matcher reads them, so a phrase of the matter goes whole: "no insurance" is "without insurance")
    rest = " ".join(word for word in lexicon.fold_phrases(_plain(normalize(clause))).split() if not own(word))
    return rest if may_be_aside(rest) else None


def may_be_aside(clause: str) -> bool:
    """True for a clause that neither asks nor requests anything, nor reports a problem or a complaint, nor
    names danger, the body or other care (not even as a joke)."""
    norm = normalize(clause)
    plain = _plain(norm)
    # (round 73: what backstory says is no request either, "dont want to call every time")
    if (
        "?" in clause
        or _REQUEST.search(plain)
        or (_PROBLEM_GATE.open(plain) and _PROBLEM.search(plain))
        or (_ALARMING_GATE.open(plain) and _ALARMING.search(plain))
    ):
        return False
    return not (_matches("complaint", norm) or _matches("person", norm))


# Asking leave to take (or keep taking, or stop) a medicine: "is it ok to take", "should i stop", "puedo tomar".
_TAKE_LEAVE = re.compile(
    r"\b(?:(?:is it|its|it is) (?:ok|okay|safe|fine|alright|bad) (?:for me )?to|should i|can i (?:still )?|"
    r"do i (?:still )?(?:need|have) to|puedo|debo|(?:es|esta) (?:bien|seguro))\s*(?:keep |still |seguir )?"
    r"(?:take|taking|stop|skip|tomar|tomando|dejar|suspender)\b"
)


def asks_to_take(text: str) -> bool:
    """True for a message asking whether to take, keep taking or stop a medicine."""
    return bool(_TAKE_LEAVE.search(normalize(text)))


# A clause asked as a question: a question mark, or a question word first ("whats the address", "do u take walk ins").
_QUESTION = re.compile(
    # (round 74: after where the writer is on the way from, "omw from campus whats the address again")
    r"^(?:(?:omw|otw|on my way|on the way|heading over|headed over|leaving now)(?: (?:from|to) (?:the |my )?\w+)? )?"
    r"(?:what|whats|when|where|wheres|how|hows|which|can(?! only\b)|could(?! only\b)|do|does|will|would|is|are|"
    # ("did" asks of someone or something: "did bloodwork monday" is a statement without its "i")
    rf"{_DID_ASKS}|"
    r"r u|que|cuando|donde|como|cual|cuanto|cuanta|a que|puedo|pueden|puede|hay|tienen|aceptan|hacen)\b"
)


# Round 46: the writer already looked where an answer would send them and did not find it there ("do you accept
# ambetter? i couldn't find it on the list on your website", "no aparece en la lista de su página"): an answer that
# points to that list or site again does not help, staff look it up. Ways it is said: could not / can't / didn't
# find, see or locate it; it is not, isn't, wasn't listed or on the list; the site does not say or list it; I looked,
# checked or searched the site (and…); no lo encontré, no aparece, no viene, no sale, no dice en la página o la lista.
_SOURCES = r"(website|web site|site|webpage|web page|page|list|listing|portal|app|online|internet|pagina|lista|sitio)"
_LOOKED = re.compile(
    r"\b(couldnt|could not|cant|can not|cannot|didnt|did not|dont|do not|wasnt able to|was not able to|unable to|"
    r"havent been able to) (find|see|locate|spot|figure out)\b( \w+){0,6} (on|in|at|from) (your|the|ur|their|"
    r"that|this)( \w+)? " + _SOURCES + r"\b|"
    r"\b(isnt|is not|wasnt|was not|not|arent|are not|werent|never) (listed|on (your|the|ur) (\w+ )?"
    + _SOURCES
    + r")\b|"
    r"\b(your|the|ur) (\w+ )?" + _SOURCES + r" (doesnt|does not|didnt|did not|dont|do not) (say|list|show|mention|"
    r"have)\b|"
    r"\b(i|we) (already |just )?(looked|checked|searched|went) (on|at|through|in)? ?(your|the|ur) (\w+ )?"
    + _SOURCES
    + r"\b|"
    # (round 70: or tried it there and it failed, "the website gave me an error twice yesterday")
    r"\b(the|your|ur) (website|web site|site|page|webpage|app) (gave|gives|is giving|keeps giving|showed|shows|threw) "
    r"(me )?(an |a )?(error|error message)\b|"
    r"\bno (lo |la |los |las )?(encontre|encuentro|encontramos|aparece|aparecen|viene|vienen|sale|salen|dice|vi|veo)"
    r"( \w+){0,4} (en|de) (su|la|el|sus|las) (\w+ )?" + _SOURCES + r"\b"
)


def looked_already(text: str) -> bool:
    """True when the writer says they already looked for the answer on a list, site or portal and it was not there."""
    return _LOOKED.search(normalize(text)) is not None


def is_question(clause: str) -> bool:
    """True for a clause asked as a question, with or without its question mark."""
    return "?" in clause or bool(_QUESTION.match(normalize(clause)))


def is_request(clause: str) -> bool:
    """True for a clause that asks or requests something (see _REQUEST), or is asked as a question."""
    return is_question(clause) or bool(_REQUEST.search(normalize(clause)))


# Round 57: a question about "doing that" leans on the statement before it for what it asks ("i drive a delivery
# truck for work. can i keep doing that now that i have an icd?"): alone it reads as a question about the device
# (a device-check entry answered it), so the statement is no aside to it.
_REFERS_BACK = re.compile(
    r"\b(?:doing|do) (?:that|this|it)\b"
    r"|\b(?:is|would|will) (?:that|this|it) (?:be )?(?:ok|okay|safe|allowed|fine|a problem)\b"
    # (round 87: when or how soon a thing named before happens, "got blood drawn monday. when would that show up")
    r"|\b(?:when|how long|how soon)(?: \w+)? (?:would|will|does|do|did|should|till|until|before|b4|is|are) "
    r"(?:that|this|it|they)\b(?! (?:open|close|closed|usually take|normally take|takes? (?:to|for))\b)"
)


def refers_back(clause: str) -> bool:
    """True for a clause whose question is about what an earlier one said ("can i keep doing that")."""
    return _REFERS_BACK.search(normalize(clause)) is not None


# Round 66: a service asked to be given at home ("can she get the flu shot at home", "le pueden poner la vacuna en su
# casa"): a home visit, which an entry about a service at the clinic does not answer unless it speaks of home (the
# matcher checks). A relayed question is read as a plain one, and "my aunt's caregiver asked if she can get the flu
# shot at home" was answered as flu shots.
_AT_HOME = re.compile(
    # (given or got, not done by oneself: "can i do the urine cup at home and bring it in" is how to collect it)
    r"\b(?:get|getting|give|giving|given|receive|receiving|poner|ponerle|ponga|pongan|aplicar|aplicarle) "
    # (nor a thing got to keep or use at home: "where do i get naloxone to keep at home")
    r"(?:\w+ ){1,4}?(?<!keep )(?<!use )(?<!store )(?<!leave )(?<!have )(?<!take )(?<!tener )(?<!usar )(?<!guardar )"
    r"(?:at home|at (?:my|her|his|their|our|the) (?:house|home)|en (?:la |mi |su )?casa|a domicilio)\b"
)
_HOME_WORDS = ("home", "house", "casa", "domicilio")


def asks_at_home(text: str) -> bool:
    """True for a text asking for a service given at home (see _AT_HOME)."""
    if not any(w in text for w in _HOME_WORDS):  # (most messages: a substring test first)
        return False
    return _AT_HOME.search(normalize(text)) is not None


def is_chatter(clause: str) -> bool:
    """True for a clause marked as small talk: laughter, "anyway", "btw"."""
    return bool(_CHATTER_WORD.search(f" {normalize(clause)} "))


# A stated request, then a question after a comma ("i'd like to book a checkup, what time do you close on fridays"):
# the question is a second request. (A condition before a comma is not one: "if i'm late, what happens".)
_STATED_THEN_ASKED = re.compile(
    r"^((?:(?:i|we) (?:would like|d like|want|wanna|need|gotta|have)|id like|wed like) to [^,]+?)\s*,\s*"
    r"(?=(?:what|when|where|how|do you|does|are you|is there|is it|are there)\b)"
)


# A free-standing "+" or "&" is "and" as texted ("refill + new appt", "sat & sun"); one inside a word is not
# ("A+", "q&a", "at&t").
_AND_SIGN = re.compile(r"(?:^|\s+)[+&]\s+")


def segments(text: str) -> list[str]:
    """The parts of a message that may each be a separate request (split at "?", "also", "and can")."""
    folded = fold(text)
    if "+" in folded or "&" in folded:
        folded = _AND_SIGN.sub(" and ", folded)
    parts = [p.strip() for p in _SPLIT.split(folded) if p and p.strip()]
    out: list[str] = []
    for p in parts:
        m = _STATED_THEN_ASKED.match(p)
        out.extend((m[1], p[m.end() :]) if m else (p,))
    return out


# Round 68: a part that only asks whether what the rest names costs anything, pointing back at it ("is there parking
# at yalls place and do i gotta pay for it", "where do we leave the car, and does it cost anything?", "y hay que
# pagar?"): the same request's price, no request of its own (the matcher checks the entry's answer names one).
_PRICE_FOLLOW_UP = re.compile(
    r"^(?:and |also |plus |y |tambien )?(?:(?:do|will|would|does) (?:i|we|you|u|one) (?:have to |need to |gotta |"
    r"got to |gonna have to |need |have )?pay(?: anything| extra| money)?(?: for (?:it|that|this|them|one))?"
    r"|(?:is|would|will) (?:it|that|this|they) (?:be )?(?:free|extra)"
    # (round 73: "is that an extra cost?", "will you charge me for that?")
    r"|(?:is|would|will) (?:it|that|this|they|there) (?:be )?(?:an |a |any )?(?:extra |additional )?(?:cost|charge|fee)"
    r"|(?:will|would|do|does|can) (?:you|u|yall|you guys|they) charge (?:me|us|him|her|extra)?(?: (?:extra|anything))?"
    r"(?: for (?:it|that|this|them))?"
    # (round 74: "will i get charged for it", "me van a cobrar?")
    r"|(?:will|would|do|does|can) (?:i|we|he|she) (?:get |be )?(?:charged|billed)(?: (?:extra|anything))?"
    r"(?: for (?:it|that|this|them))?|(?:me|nos) (?:van a )?cobra(?:n|r)(?: algo)?(?: por (?:eso|ello))?"
    r"|(?:is there|theres|any) (?:a |any )?(?:fee|charge|cost)(?: for (?:it|that|this|them))?"
    r"|(?:does|do|will|would) (?:it|that|this|they) cost (?:anything|something|money|extra|me anything)"
    r"|(?:hay que|tengo que|tenemos que) pagar(?: algo| por (?:eso|ello))?|se paga|cuesta algo|tiene (?:algun )?costo"
    r"|es gratis|cobran (?:algo|por eso))$"
)
_PRICE_WORDS = re.compile(
    r"\b(?:pay|free|extra|fee|charge|charged|billed|cost|pagar|paga|cuesta|costo|gratis|cobran|cobrar)\b"
)


def asks_price_of_it(part: str) -> bool:
    """True for a part that only asks whether what the rest of the message names costs anything (_PRICE_FOLLOW_UP)."""
    if _PRICE_WORDS.search(part) is None:  # (most parts: one scan for its words first)
        return False
    return _PRICE_FOLLOW_UP.match(normalize(part)) is not None


def without_price_asked(text: str) -> tuple[str, bool]:
    """The text without its parts that only ask whether the rest costs anything (see asks_price_of_it), each with the
    "and" that joins it, the rest left a question; and whether one was cut. The text whole when nothing else is left."""
    if _PRICE_WORDS.search(text) is None:  # (most messages: one scan for its words before cutting it in parts)
        return text, False
    parts = segments(text)
    if len(parts) < 2:
        return text, False
    out = text
    for part in filter(asks_price_of_it, parts):
        at = out.find(part)
        if at < 0:
            continue
        end = at + len(part)
        while end < len(out) and out[end] in "?.! ":
            end += 1
        before = _JOINED.sub("", out[:at])
        # (round 73: the rest is left a question only where it asks one: "have to cancel tomorrow's appt, truck got
        # dispatched to denver tonight. will you charge me for that?" leaves a statement beside the cancellation)
        said = clauses(before)
        mark = "?" if not said or is_request(said[-1]) else "."
        out = f"{before}{mark} {out[end:]}".strip()
    if out == text or not _HAS_WORD.search(out.replace("?", "")):
        return text, False
    return out, True


# (what joins a part to the one before it: "... place and do i ...", "... come in, and does it ...")
_JOINED = re.compile(r"[\s,.;]*(?:\b(?:and|also|plus|y|tambien)\s*)?$")


# The courtesy around a request (round 24: letters, long polite messages and dictated texts): a greeting or a
# salutation, an apology for writing, good wishes, the writer's name, "i was wondering if", "i would like to
# enquire whether", "please advise", and the sign-off with its signature. They ask nothing, but their words
# diluted the request ("sorry to be a *pain*" read as a symptom, "thanks for your *patience*" as a complaint).
_SALUTATION = re.compile(
    r"^\s*(?:(?:hi|hello|hey|hiya|heya|howdy|greetings|good (?:morning|afternoon|evening|day))"
    r"(?: there| all| everyone| guys| folks| team| again)?(?=[\s,.!:;-]|$)"
    # round 41: a title and name before the comma ("dear dr. ross,"), or the period after the title ends a sentence
    # and the name is left as a word no entry knows
    r"|dear (?:doctor|dr|doc|nurse|mr|mrs|ms|miss|prof|professor)\.? [a-z][a-z'-]+(?: [a-z][a-z'-]+)?(?=\s*[,:;!\n])"
    r"|dear (?:sir or madam|sir ?/ ?madam|sirs|sir|madam|doctor|dr|doc|nurse|team|all|colleagues|practice)"
    r"|to whom it may concern"
    # round 78: the translated formula of respect, alone or after a greeting ("good day respected clinic", "respected
    # doctor, please kindly ..."; the lead's batch 57)
    r"|(?:dear )?(?:most )?(?:respected|respectful|honorable|honourable) (?:clinic|doctors?|dr|sirs?|madam|team|staff|"
    r"nurses?|hospital|office|colleagues|administration|reception)"
    # ...and Spanish, often two together ("hola, buenas tardes"; batch 21)
    r"|(?:hola|buenos dias|buenas tardes|buenas noches|buen dia|saludos"
    r"|estimad[oa]s?(?: (?:doctora?|senora?|senores))?)"
    r"(?=[\s,.!:;-]|$))[\s,.!:;-]*"
)
# "hey siri text the clinic ...": the assistant's command, then the message dictated to it
_ASSISTANT = re.compile(
    r"^\s*(?:(?:hey|ok|okay) (?:siri|google|alexa)[,\s]+)?(?:text|message|send (?:a )?(?:text|message) to) "
    r"(?:the |my )?(?:clinic|doctors office|doctor|doctors|surgery|gp|practice|office)\b(?: (?:that|saying))?[\s,:]*"
)
# dictated punctuation: "comma", "question mark", and "period" or "full stop" ending the message ("my period" stays),
# or ending a sentence before the next one's first word ("the address period im putting it in my gps", "fifteen
# minutes late period sorry"; round 32) where no word before it makes it a time ("a heavy period i think", "the
# waiting period"); Spanish dictation's "signo de interrogacion" anywhere and "punto" ending the message
_DICTATED = re.compile(
    r"\s(?:comma|question mark|exclamation (?:point|mark)|signo de (?:interrogacion|pregunta))(?=\s|$)"
    r"|(?<!\bmy)(?<!\bher)(?<!\bthe)(?<!\ba)(?<!\byour)(?<!\bof)(?<!\bfirst)(?<!\blast)(?<!\bmissed)"
    r"(?<!(?<!minutes )(?<!minute )(?<!mins )(?<!running )\blate)"
    r"(?:\s(?:period|full stop)(?=\s*$|\s+(?:thank|thanks)\b)"
    r"|(?<!\bheavy)(?<!\blight)(?<!\bnext)(?<!\bnormal)(?<!\bregular)(?<!\birregular)(?<!\bpainful)(?<!\bbad)"
    r"(?<!\bweird)(?<!\blong)(?<!\bshort)(?<!\bwaiting)(?<!\bgrace)(?<!\btime)(?<!\btrial)(?<!\bthis)(?<!\bthat)"
    r"(?<!\beach)(?<!\bwhat)(?<!\bsame)(?<!\bno)(?<!\bany)(?<!\bbilling)(?<!\brecovery)(?<!\bhealing)"
    r"\s(?:period|full stop)(?=\s+(?:sorry|im|i|ill|ive|can|could|do|does|is|are|what|whats|how|where|when|please|"
    r"also|and)\b))"
    r"|(?<!\ben)(?<!\bel)(?<!\bal)(?<!\ba)(?<!\bun)(?<!\bbuen)(?<!\bmal)(?<!\beste)(?<!\bese)(?<!\bde)"
    r"\s(?:punto)(?: final)?(?=\s*$)"
)
# its words, looked for first: the full pattern's lookbehinds at every space cost ~4 µs a message
_DICTATED_WORDS = re.compile(r"\b(?:comma|question mark|exclamation|period|full stop|signo de|punto)\b")
_PLEASANTRY = re.compile(
    r"\b(?:(?:so|really|very|terribly|awfully) )?sorry (?:to (?:bother|trouble|bug|disturb|pester|message|text) "
    r"(?:you|u)(?: all| guys)?(?: (?:on a|on this) (?:busy )?\w+| again| with this)?"
    r"|to be a (?:pain|nuisance|bother)"
    # an apology with its cause, as non-native writers put it ("15 minute late, sorry the bus"; batch 19): the cause
    # of lateness is context, not a question about the bus
    r"|(?:for |because of |because |of )?(?:the )?(?:bus|traffic|train|metro|subway|rain|snow|weather)\b"
    r"|for (?:the|this|my) (?:long |lengthy )?(?:message|text|email|essay|bother|"
    r"trouble|inconvenience)|if this is a (?:silly|stupid|dumb) question|for (?:bothering|troubling) you)"
    r"|\bi apologi[sz]e (?:for (?:troubling|bothering|disturbing) you|for the (?:bother|trouble|inconvenience))\b"
    # the texting voice's own apologies and shrugs (round 30: "prob a dumb q but", "not to be annoying but",
    # "no rush"): "a pain" there is a bother, not a symptom, and "no rush" no second request
    r"|\b(?:(?:its|this is|this might be|might be|prob|probably|maybe|kinda|kind of|sorry|sorry for) )?(?:a |an )?"
    r"(?:dumb|silly|stupid|random|weird|basic|noob) (?:q|qs|question|questions)(?: lol)?(?: but)?\b"
    r"|\bnot to be (?:annoying|a pain|a bother|a nuisance|pushy|rude|extra|that person|impatient)"
    r"(?: or anything)?(?: but)?\b"
    r"|\b(?:theres |there is )?no (?:rush|hurry|pressure)(?: at all| tho| though)?\b|\bsin prisa\b"
    # a blessing anywhere asks nothing ("hola, que dios los bendiga. quiero una cita" was two requests; round 30)
    r"|\b(?:que )?dios (?:los|las|le|lo|la|te|nos) (?:bendiga|bendice|cuide|acompane)"
    r"(?: (?:a )?(?:todos|todas|siempre))?"
    r"|\bbendiciones(?: (?:a todos|para todos))?|\b(?:god|the lord) bless(?: you| yall| you all| you guys| all of you)?"
    r"(?: all)?|\b(?:many )?blessings(?: to (?:you|you all|all))?"
    r"|\b(?:and )?(?:im|i am|ive been|i have been) (?:a|an existing|a longtime|a long time|a regular) patient "
    r"(?:of|with|at) (?:dr|doctor) \w+(?: for (?:years|ages|a long time|\w+ years))?"
    r"|\b(?:i )?hope (?:you are|youre|you all are|youre all|you are all|everyone is|everyones|all is|this finds you)"
    r"(?: all)? (?:well|keeping well|doing well|good|ok|okay)\b"
    # good wishes for the day and praise, in English and Spanish (batch 21: "hope you all have a lovely day",
    # "espero que esten bien", "disculpe la molestia", "you were all very kind")
    r"|\b(?:i )?hope (?:you|you all|everyone|all of you) (?:have|are having|is having|has) (?:a|an) "
    r"(?:good|great|lovely|nice|wonderful|blessed|fantastic) (?:day|morning|afternoon|week|weekend|evening)\b"
    r"|\b(?:(?:you|you all|everyone|your staff|the staff) (?:were|was|are|is|have been) (?:all )?"
    r"(?:so |very |really |always )?(?:kind|helpful|lovely|wonderful|nice|pleasant|patient))\b"
    r"|\bthe (?:nurses?|doctors?|staff|team|receptionists?|front desk) (?:were|was|are|is|have been) "
    r"(?:all )?(?:so |very |really |always )?(?:kind|helpful|lovely|wonderful|nice|pleasant|patient)\b"
    r"|\bespero que (?:todos |todas |usted |ustedes )?(?:esten|este|estes|se encuentren?) (?:todos |todas )?"
    r"(?:muy )?bien(?: todos| todas)?\b"
    r"|\b(?:disculpe|disculpen|disculpa|perdone|perdonen|perdon) (?:por )?"
    r"(?:la molestia|las molestias|molestar(?:los|le)?)\b"
    r"|\bmy name is \w+(?: \w+)?(?=\s*[,.;!?]|\s+(?:and|i|im)\b)"
    # (round 73: how the message was written, dictated or typed in a hurry: "im texting with my voice because im
    # driving my route so sorry for typos", "excuse the typos", "voice to text")
    r"|\b(?:(?:im|i am) )?(?:texting|typing|writing|talking|messaging) (?:with|by|using|thru|through) (?:my )?voice"
    r"(?: to text)?\b|\b(?:using )?(?:voice|talk|speech) to text\b|\b(?:(?:so|very) )?(?:sorry|excuse|pardon) "
    r"(?:for |about )?(?:the |any |my |all the )?(?:typos|spelling|mistakes|misspellings|errors)\b"
    r"|\bperdon(?:e)? (?:por )?(?:las )?faltas(?: de ortografia)?\b"
    r"|\b(?:at your (?:earliest )?convenience|when(?:ever)? you (?:get|have) (?:a )?(?:chance|moment|minute))\b"
    # (round 75: an older writer's plea for patience, "im 79 so be patient with me", "bear with me", "forgive the
    # spelling": "patient" there is no patient, and it read "how do i sign up for the portal" as becoming one)
    r"|\b(?:(?:so|please) )?(?:be patient with (?:me|us|an old \w+)|bear with (?:me|us))(?: please)?\b"
    r"|\bforgive (?:me for )?(?:the|my|any) (?:spelling|typing|typos|mistakes|handwriting)\b"
    # (round 77: a parent's hands and sleep, "hi sorry one handed typing", "sleep deprived brain forgot my portal
    # password", "running on no sleep": how the message was typed, or why a thing was forgotten, asks nothing; never
    # "baby brain", which may be the baby's)
    r"|\b(?:(?:im|i am|sorry|sorry for|excuse|excuse the) )?(?:one handed|one hand) (?:typing|texting)\b"
    r"|\b(?:(?:im|i am|sorry|sorry im) )?(?:typing|texting) (?:one handed|with one hand|one hand)"
    r"(?: (?:with|w) (?:the|a|my) (?:baby|newborn|toddler) (?:asleep |sleeping )?(?:on me|in my arms?|in the other))?"
    r"|\b(?:(?:my|this|excuse my|sorry my|sorry for my) )?(?:sleep deprived|mom|mommy|pregnancy|new mom|new parent|"
    r"tired) brain\b"
    r"|\b(?:(?:im|i am|were|we are|been) )?(?:running|going) on (?:no|zero|little|about|like)? ?(?:\d|two|three|four)?"
    r" ?(?:hours? (?:of )?)?sleep\b"
)
# A question asked indirectly ("i was wondering if", "i would like to know when"): what follows is asked.
_ENQUIRY = re.compile(
    r"\b(?:i|we) (?:was|were|am|are) (?:just )?(?:wondering|curious)(?: (?:if|whether))?\b"
    r"|\b(?:(?:i )?(?:would|should|d) (?:like|love|be (?:most |very |so )?grateful)|i wish) (?:to )?"
    r"(?:enquire|inquire|ask|know|find out)"
    r"(?: (?:as to|whether|if|about|regarding))?\b"
    r"|\bi (?:would|should|d) be (?:most |very |so |really )?grateful if you (?:could|would) (?:kindly |please )?"
    r"(?:tell me|let me know|advise(?: me)?|confirm)?"
    r"|\b(?:could|can|would) you (?:please |kindly )+(?:tell me|let me know|advise(?: me)?|confirm)(?: (?:of|as to))?\b"
    r"|\b(?:please )?(?:kindly )?advise how i (?:may|might|can|could|should) do (?:so|this|that)\b"
    r"|\bplease (?:kindly )?advise(?: me)?\b|\bplease be advised(?: that)?\b"
    # a question announced ("i have a question about my bill"; batch 21): what it is about is what is asked
    r"|\bi (?:have|had|got) (?:a |one )?(?:quick |small |little )?(?:question|query) "
    r"(?=(?:about|regarding|on|concerning)\b)"
)
# Round 66: a question relayed for someone else ("my mom asked me to ask if you take medicare", "my daughter is asking
# whether you have parking", "husband says to ask do you do walk ins", "mi esposa quiere saber si...", "me pidio que
# les preguntara...") or asked indirectly ("just checking whether"): what follows is asked, as if asked plainly. Who
# relays it asks nothing of their own, and the words of the relay ("asked", "whether", "find out", "in law") diluted
# the question. The rest is read as any question: one about the relayer's own case ("why her claim was denied", "if
# her biopsy came back bad", "if the doctor can call her") is still what the plain question is. The relayer is named
# by a fixed list (kin, a household, work): after anyone else ("the pharmacy is asking if you got the fax") only a
# relay that marks itself ("asked me to ask") or opens the message is cut. Each form is its own branch, so that a
# message is searched only when it holds the form's rarer words (the prefilter's gate).
_RELAYER = (
    r"(?:(?:my|our|the|mi|mis|su|sus) )?(?:step ?|great |grand )?(?:mom|mother|mum|mommy|mama|ma|dad|father|daddy|"
    r"papa|pops|husband|hubby|wife|wifey|spouse|partner|son|daughter|kid|kids|child|grandma|grandmother|granny|nana|"
    r"grandpa|grandfather|granddad|grandson|granddaughter|grandkid|aunt|auntie|uncle|brother|bro|sister|sis|cousin|"
    r"niece|nephew|parent|folks|fiance|fiancee|boyfriend|girlfriend|bf|gf|roommate|roomie|neighbor|neighbour|friend|"
    r"buddy|boss|supervisor|manager|coworker|co worker|caregiver|aide|esposa|esposo|hija|hijo|abuela|abuelita|abuelo|"
    r"madre|padre|suegra|suegro|hermana|hermano|tia|tio|vecina|vecino|jefe|jefa|amiga|amigo|novia|novio|nuera|yerno|"
    # (round 68: and those who tell a patient what to do, never a clinician: "my case worker keeps telling me to...")
    r"case ?worker|social worker|case manager|counselor|counsellor|sponsor|teacher|coach|professor|probation officer|"
    r"parole officer|pastor|outreach worker|trabajadora social|trabajador social|"
    r"mami|papi)s?(?: in laws?)?"
)
# (the relayer just before a relay, or "he" or "she" as a message goes on: "my mom is a lifeguard and she wants to
# know")
_NAMED_BEFORE = re.compile(rf"(?:^|(?<=[\s,.;:!?]))(?:{_RELAYER})$")
_SAID_BEFORE = re.compile(rf"(?:^|(?<=[\s,.;:!?]))(?:{_RELAYER}|he|she|hes|shes|el|ella)$")
# (what a relayed question may start with: a relay asks, "asked for a refill" or "pregunta por su cita" does not)
_ASKED_NEXT = (
    r"(?=:|[\s,]+(?:if|whether|wether|about|when|what|whats|where|wheres|how|hows|who|whos|which|why|do|does|did|are|"
    r"is|can|could|will|would|should|have|has|there|theres|si|que|cuando|donde|como|cual|cuanto|cuanta|cuantos|"
    r"cuantas|a que|por que|quien|en que|ustedes|tienen|aceptan|abren|hay)\b)"
)
_TOLD = r"(?:asked|asks|ask|wants|wanted|wnts|would like|had|has|told|tells) me (?:to |2 )?"
# (what a relayer tells the writer to do that the FAQ may say how to: round 68)
_TOLD_NEXT = (
    r"(?= (?:sign up|signup|register|get|make|book|schedule|set up|create|fill out|bring|call|contact|apply|enroll|"
    r"ask about|find out about)\b)"
)
# A relay that says itself, whoever relays it and whatever is asked after it ("asked me to find out your phone
# number"); texting is no relay by itself ("my therapist wants me to write about...", "told me to text you for her"),
# and checking asked for only before a question ("my mom asked me to check her blood pressure" asks none).
_RELAYED = re.compile(
    rf"\b{_TOLD}(?:ask|find out)(?=[\s:])"
    rf"|\b{_TOLD}(?:text|message|write|call)(?: (?:you|u|yall|you guys|the clinic))? (?:and|&|n) (?:ask|find out|"
    r"check)(?=[\s:])"
    r"|\b(?:says|said|sez|told me|tells me) (?:to |2 )?ask(?=[\s:])"
    r"|\b(?:me |nos )?(?:pidio|pidieron|dijo|dijeron|dice|pide) que (?:le |les )?(?:pregunte|preguntara|preguntase|"
    r"preguntemos|preguntaramos)(?=[\s:])"
    rf"|\b{_TOLD}(?:check|see){_ASKED_NEXT}"
)
# A relay said of the relayer, just after them or opening the message ("is asking", "wants to know", "quiere saber";
# "my grandma keeps asking what day it is", how someone is, is none), and "asked" only of the relayer named ("she
# asked if i had insurance" tells what staff asked at the desk).
_ASKING = re.compile(
    rf"\b(?:(?:is|was|s|has been) )?(?:asking|askin|askn|wondering|wonderin){_ASKED_NEXT}"
    rf"|\b(?:wants|wanted|wnts|wanna|would like|needs|needed) (?:to|2) (?:know|kno|find out|check){_ASKED_NEXT}"
    rf"|\b(?:quiere|quieren|queria|querian|quisiera) saber{_ASKED_NEXT}|\b(?:quiere|quieren) preguntar{_ASKED_NEXT}"
    rf"|\b(?:pregunta|preguntan|pregunto|preguntaba){_ASKED_NEXT}"
    rf"|\b(?P<asked>asked(?: me)?|asks|wonders|wondered){_ASKED_NEXT}"
    # round 68: an errand the relayer keeps telling or told the writer to do is the writer's own ("my case worker keeps
    # telling me sign up for the portal. how do i do that"): said of the relayer named only
    rf"|\b(?P<told>(?:keeps|kept|keep|has been|have been|been|is always|s always) (?:telling|asking|bugging|on) me"
    rf"(?: to| 2)?|(?:told|tells) me (?:to|2|i should|i need to|i have to|i gotta)){_TOLD_NEXT}"
)
# ...and asked indirectly by the writer: "just checking whether", "i wanted to find out if", "do you know whether";
# not "can you check if": a lookup asked of staff ("can you check if dr kim has any openings next week")
_INDIRECT = re.compile(
    r"\b(?:(?:just|im|i am|i was|was|were|we are) )?(?:just )?(?:checking|chequing|finding out)(?: to see)? "
    r"(?:if|whether|wether)\b"
    r"|\b(?:i|we|just) (?:wanted|want|need|needed|wanna|would like|d like) to (?:check|find out|see|confirm)"
    r"(?: to see)? (?:if|whether|wether)\b"
    r"|\b(?:know|sure|idea|wondering|asking|ask|tell me|let me know|lmk) whether\b"
)
# (the "if" or "whether" that opens it goes with the relay, as "i was wondering if" does)
_OPENER = re.compile(r"[\s:,]+(?:if|whether|wether|about|si|que si)\b")


def _relayed_from(text: str, start: int, said: re.Pattern[str], *, named: bool) -> int | None:
    """Where a relay found at `start` begins: at its relayer just before it (`said`: who may relay it), or where it
    opens the message, or (a relay that is not `named` by whom, one that says itself) where it is found."""
    before = text[:start].rstrip()
    if not before:
        return start
    tail = before[-40:]
    found = said.search(tail)
    if found is not None:
        return len(before) - len(tail) + found.start()
    return None if named else start


def _relays(text: str) -> list[tuple[int, int]]:
    """The spans of the relays and indirect askings of a text (see _RELAYED, _ASKING, _INDIRECT), in order."""
    spans: list[tuple[int, int]] = []
    if _RELAYED_GATE.open(text):
        for m in _RELAYED.finditer(text):
            begins = _relayed_from(text, m.start(), _NAMED_BEFORE, named=False)
            spans.append((m.start() if begins is None else begins, m.end()))
    if _ASKING_GATE.open(text):
        for m in _ASKING.finditer(text):
            begins = _relayed_from(
                text, m.start(), _NAMED_BEFORE if m["asked"] or m["told"] else _SAID_BEFORE, named=True
            )
            if begins is not None:
                spans.append((begins, m.end()))
    if _INDIRECT_GATE.open(text):
        spans += [m.span() for m in _INDIRECT.finditer(text)]
    return sorted(spans)


def without_relay(text: str) -> tuple[str, int]:
    """The text with each relay cut for a sentence break (see _RELAYED, _ASKING, _INDIRECT), and how many were."""
    if not _RELAY_GATE.open(text):  # (most messages: one test for the three forms)
        return text, 0
    spans = _relays(text)
    if not spans:
        return text, 0
    out: list[str] = []
    at = cut = 0
    for begins, ends in spans:
        if begins < at:  # (overlapping forms: "wants me to ask" is one relay)
            continue
        opener = _OPENER.match(text, ends)
        out += (text[at:begins], ". ")
        at, cut = (opener.end() if opener else ends), cut + 1
    return "".join(out) + text[at:], cut


_SIGN_OFF = re.compile(
    r"[\s,.;:!-]*\b(?:and |y )?(?:(?:thank you|thanks|thank u|thx|many thanks|with thanks|thanks again|thanking you)"
    r"(?: (?:so|very) much| kindly| a (?:million|lot|bunch|ton)| heaps| in advance| again| guys| all| both"
    r"| for (?:your|ur|all your|all of your) (?:time|help|patience|understanding|assistance|consideration|attention)"
    r"(?: with (?:me|us|this|my \w+))?)*"
    r"|(?:kind |best |warm |warmest |many )?regards|yours (?:faithfully|sincerely|truly)|sincerely(?: yours)?"
    r"|respectfully(?: yours)?|cheers|god bless(?: you)?(?: all)?|bless you(?: all)?"
    r"|have an? (?:blessed|great|good|nice|lovely|wonderful) (?:day|weekend|evening)"
    # Spanish thanks and good wishes ("muchisimas gracias por su ayuda, que tengan buen dia"; batch 21)
    r"|(?:muchas |muchisimas |mil )?(?<!accion de )gracias"  # (not the holiday: "el dia de accion de gracias")
    r"(?: (?:de antemano|por (?:su|tu|toda su) (?:ayuda|atencion|tiempo|paciencia|amabilidad)))?"
    r"|que (?:tengan|tenga|tengas|pasen|pase|pases) (?:un |una )?(?:muy )?(?:buen|buena|bonito|bonita|lindo|linda|"
    r"excelente|feliz|bendecido|bendecida) (?:dia|tarde|noche|fin de semana|semana)"
    r"|que dios (?:los|las|le|te) bendiga|saludos(?: cordiales)?|atentamente)"
    r"(?:\s*[,.!]+\s*[\w.]+(?: and [\w.]+)?(?: [\w.]+){0,2})?[\s,.!x]*$"
)
# Who is writing or for whom, as a front desk's inbox reads (round 36): it identifies, it asks nothing. "this is maria
# lopez dob 3/14/62" (a name then a date of birth; a bare "dob 3/14/62" too), "pt is my mom" (the patient named
# by kin, with an age: "pt is my dad, 78"), a signature of an initial and a surname ("- j. patel"), and a reply's
# subject line when it names what we sent ("re: your reminder -"); a subject that names a topic ("re: your bill")
# keeps its words, only "re:" goes.
_DOB = r"(?:dob|d\.o\.b\.?|date of birth|birthdate|born)\s*:?\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\b"
_KIN_WORDS = (
    r"mom|mother|mum|dad|father|husband|wife|spouse|partner|son|daughter|kid|child|baby|grandma|grandmother|"
    r"grandpa|grandfather|grandson|granddaughter|aunt|uncle|brother|sister|parent|mama|papa"
)
_KIN = rf"(?:{_KIN_WORDS})"


# Round 57: a sentence of context beside one question, said of the writer's own day or of the one they bring: what
# the visit is for on the writer's side ("want to come in before my shift", "need to tell my boss", "we need to be
# close to the elevator", "need a family doctor"), what it must fit around or who needs help getting here ("he can't
# walk far", "she doesn't drive anymore", "i can't always come with her"), and the device or care one lives with
# ("my wife uses a wheelchair", "my husband's on dialysis mon/wed/fri", "he's on portable o2"). Each wish names an
# errand of the writer's, never one the clinic does (book, cancel, send, refill, a price or a form is asked of the
# clinic and stays a request), and each device is one a person lives with, never a symptom or a visit's reason.
_KIN_SUBJECT = (
    rf"(?:(?:my|our|mi|su) (?:{_KIN_WORDS}|mama|papa|esposa|esposo|hija|hijo|abuela|abuelo|madre|padre)s?"
    r"|he|she|hes|shes|they|i|im|we|were|yo|el|ella)"
)
_DEVICE = (
    r"(?:a |an |his |her |my |portable |home |power |la |una |un )?(?:wheelchair|power chair|walker|cane|crutches|"
    r"scooter|oxygen(?: tank)?|o2|dialysis|pacemaker|g tube|gtube|feeding tube|hearing aids?|silla de ruedas|andadera|"
    r"baston|muletas|oxigeno|dialisis)"
)
# Round 65: and who the writer is, what they get about or read with, what they cannot do the usual way, when they are
# free and what a form or a copy is for: "deaf here", "support worker here", "i'm a home care aide", "i use a screen
# reader", "i drive with hand controls", "i can't talk on the phone", "i can't leave the job site until 5", "i'm only
# free after 4", "need them for my benefits claim". Each is a closed list: who one is names access or a role, never a
# condition ("i'm diabetic" may change a fasting answer) nor a patient's status ("i'm a new patient" is the new-patient
# entry's); what one cannot do is to call, hear, read, type or leave work, never to get into the portal or afford a
# bill (other entries' questions); what a form is for is a claim, an employer, a school or the law, never a body part.
_WRITER_ROLE = (
    r"deaf|deafblind|hard of hearing|hoh|hearing impaired|blind|legally blind|low vision|visually impaired|"
    r"vision impaired|sight impaired|partially sighted|wheelchair user|amputee|disabled|non ?verbal|"
    r"(?:(?:nursing|college|university|grad|graduate|med|medical|dental|law|high school|exchange|international|"
    r"full time|part time) )?student|(?:(?:home |personal )?(?:care |health |healthcare )?|teachers )aide|caregiver|"
    r"care giver|carer|(?:(?:support|social|case|care|home care|health|healthcare|community health|disability support|"
    r"shift|night shift|farm|field|factory|construction|warehouse|seasonal|migrant|outreach|youth) )?worker|"
    r"(?:case|care) manager|teacher|trucker|(?:truck|uber|lyft|bus|delivery|school bus) driver|farmer|"
    r"rancher|veteran|retiree|retired|(?:single|working|stay at home|foster) (?:mom|mum|dad|parent|mother|father)|"
    r"foster parent|nurse|nanny|"
    r"sordo|sorda|sordomudo|sordomuda|ciego|ciega|cuidador|cuidadora|trabajador|trabajadora|campesino|campesina|"
    r"jubilado|jubilada|estudiante|maestro|maestra|veterano|veterana|discapacitado|discapacitada"
)
# (and for whom: "i'm a caregiver for my mom", "soy cuidadora de mi papa")
_WRITER_FOR = (
    rf"(?: (?:for|to|of|de|para) (?:my|our|a|an|mi|una|un) (?:\w+ )?(?:{_KIN_WORDS}|client|clients|resident|residents|"
    r"patient|patients|neighbor|friend|mama|papa|esposo|esposa|hijo|hija|abuela|abuelo|madre|padre)s?\b)?"
)
# (what kind: "i'm a night shift nurse", "i'm a retired teacher", "i'm totally deaf")
_WRITER_KIND = (
    r"(?:also|totally|fully|completely|profoundly|legally|partially|mostly|full time|part time|night shift|day shift|"
    r"night|shift|home|home health|home care|school|substitute|special ed|retired|registered|licensed|certified|travel|"
    r"traveling|live in|new|old|single|working|long haul|local|seasonal|\d+ year old)"
)
_WRITER_AID = (
    r"(?:a |an |my )?(?:screen ?reader|voice ?over|talkback|hand controls|cochlear implants?|hearing aids?|braille|"
    r"magnifier|relay service|tty|prosthetic(?: leg| arm)?|prosthesis|lector de pantalla)"
)
_WHO_I_AM = (
    rf"\b(?:i am|im|i m|we are|soy|somos)(?: (?:a|an|un|una))?(?: {_WRITER_KIND}){{0,2}} (?:{_WRITER_ROLE})\b"
    rf"{_WRITER_FOR}"
    rf"|(?:^|\b(?:a|an) )(?:{_WRITER_ROLE}) here(?:$| and\b)|^(?:(?:a|an) )?(?:{_WRITER_ROLE})$"
    r"|\b(?:i|we|he|she|they) (?:use|uses|rely on|relies on|drive with|drives with|wear|wears|have|has) "
    rf"{_WRITER_AID}\b"
    r"|\b(?:im |i am )?(?:texting|writing|messaging|asking|calling|reaching out) (?:for|on behalf of) (?:my|our|a) "
    r"(?:\w+ )?(?:client|resident|patient|mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|husband|wife|"
    r"son|daughter|brother|sister|aunt|uncle|neighbor|friend)\b"
)
# (when, after "until", "before", "during": "until 5", "till 6pm", "during the day", "before office hours")
_WHEN = (
    r"(?:\d{1,2}(?::\d\d)? ?(?:am|pm)?|noon|lunch|(?:the )?(?:day|daytime|week|weekend|morning|afternoon|evening|"
    r"night)|(?:office|business|work|clinic|your) hours|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekdays)"
)
_PHONE = r"(?:the |a )?(?:phone|telephone)"
# what one cannot do the usual way: call, hear, read small print, type or leave work before a time; have no phone or
# computer to do it with, or sign instead; what fell through ("my ride cancelled", "the sitter bailed")
_CANNOT = (
    r"\b(?:i |we |he |she )?(?:cant|cannot|can not|couldnt|dont|do not|doesnt|does not|never|am not able to|"
    r"im not able to|unable to|no puedo|no puede) (?:really |always |even |easily |get to )?(?:"
    rf"(?:talk|speak|hear|chat) (?:on|over) {_PHONE}|(?:use|answer|hear|pick up|get to) {_PHONE}"
    rf"|(?:make|take|answer) (?:phone )?calls|call(?: you| in| the office)?(?: (?:during|in|at|before|after) {_WHEN}|$)"
    rf"|hear(?: (?:well|much|very well))?(?: (?:on|over) {_PHONE})?"
    r"|read (?:small print|fine print|print|(?:the |your |my )?(?:\w+ ){0,3}?(?:card|letter|letters|paper|papers|"
    r"screen|forms?|mail)(?: you (?:gave|sent|mailed) (?:me|us))?)|type(?: (?:well|much|fast|long))?"
    r"|(?:leave|get away from|step away from|get out of)(?: (?:the|my|our|work|job|\w+)){0,3}? "
    rf"(?:until|till|til|before|during|after) {_WHEN}"
    r"|hablar por telefono|contestar el telefono|oir|escuchar bien|salir del trabajo(?: antes de| hasta)?)"
    r"|\b(?:i |we |he |she |they )?(?:dont|do not|doesnt|does not|no) (?:have|own|tiene|tengo) (?:a |an )?"
    r"(?:cell ?phone|cell|phone|smart ?phone|computer|email|e mail|internet|celular|telefono)\b"
    r"(?: (?:on|in|en) (?:my|the|el|mi) (?:phone|cell|cel|celular|telefono)\b)?"
    # (round 75: an older writer's "i dont do computers", "i dont have the internet at the house", "el no sabe mandar
    # mensajes": how one is reached, which the answer's phone number serves)
    r"|\b(?:i |we |he |she |they )?(?:dont|do not|doesnt|does not|never) (?:do|use|have|own|know how to use) "
    r"(?:a |an |the )?(?:computers?|internet|email|e mail|smart ?phones?|texting)(?: (?:much|at all|well|very well|"
    r"anymore|at the house|at home|out here))?(?=$|[^\w ]| (?:so|and|but|y|pero)\b)"
    r"|\b(?:no|ya no) (?:se|sabe|sabemos|saben) (?:usar|mandar|manejar) (?:la |el |los )?(?:computadora|internet|"
    r"mensajes|celular|correo)\b|\bno (?:tengo|tiene|tenemos) (?:computadora|internet|correo)\b"
    r"|\b(?:i|we|he|she) (?:only )?signs?$"
    r"|\b(?:my|our|the|his|her) (?:ride|driver|uber|lyft|sitter|babysitter|nanny|carpool|transport|transportation) "
    r"(?:cancelled|canceled|fell through|bailed|flaked|didnt show|no showed)"
    r"(?: (?:on me|on us|again|today|tomorrow|for tomorrow))?$"
)
# how the writer works, when they are free at all or asleep
_FREE = (
    r"\b(?:i|we|he|she) (?:work|works|pull|do) (?:\d+ ?(?:hour|hr)s? )?"
    r"(?:shifts|nights|overnights|doubles|days|weekends)\b"
    rf"|\b(?:im |i am |were |we are )?(?:only )?(?:free|available|off work|off) "
    rf"(?:after|before|until|till|til|from) {_WHEN}"
    rf"|\b(?:so )?(?:i|we) (?:sleep|am asleep|m asleep) (?:days|during {_WHEN}|in the daytime|all day)"
)
# what a form or a copy is for, said of "it" or "them" only ("need the form for my claim" names what is asked, and
# "how long does it take" after it leans on it)
_FOR_PURPOSE = (
    r"\b(?:(?:i |we )?(?:need|needs) (?:(?:it|them|this|that|these|those|one) )?|(?:its|it is|theyre|they are|"
    r"this is|thats|that is|these are) )for (?:my|a|an|our|his|her|the) "
    r"(?:\w+ )?(?:claim|claims|application|appeal|benefits|ssdi|ssi|disability|unemployment|employer|new job|job|"
    r"school|college|lawyer|attorney|court|case|taxes|landlord|housing|reimbursement|visa|adoption|dmv|license)\b"
)
# Round 68 (held-out batch 49: borrowed phones, pay-as-you-go running out): whose phone the writer uses and their own
# phone out of use, with the numbers lost with it ("this is my friend's phone", "using my wife's phone since mine's
# broken", "borrowing my coworker's phone on break", "es el celular de mi vecina, el mio no tiene saldo", "lost my
# phone and all my contacts", "se me borraron los contactos cuando se me mojo el cel"): it says how the message comes,
# never what it asks, and its "phone" named the phone-number entry's topic.
_PHONE_WORD = r"(?:phone|cell|cellphone|cell phone|celular|cel|telefono|mobile)"
_WHOSE_PHONE = (
    r"\b(?:this is|this s|its|it is|im on|i am on|im using|i am using|using|borrowing|borrowed|texting(?: you)? "
    r"(?:from|on)|writing (?:from|on)|on) (?:my |a |an |our |his |her |someone elses |somebody elses )(?:[a-z]+ ){0,2}?"
    rf"{_PHONE_WORD}(?: (?:on|during) (?:my |a |the )?(?:break|lunch|lunch break))?"
    rf"|\b(?:es|este es|estoy usando|uso) (?:el |este |un )?{_PHONE_WORD}(?: prestado)?"
    r"(?: de (?:mi|una|un|la|el) [a-z]+)?"
    r"|\b(?:(?:since|because|cause|cuz|bc|as) )?(?:mine|mines|my own|my phone|my cell|el mio|mi celular|mi cel|"
    r"mi telefono)(?: is| s| was| got| has| just)?(?: been)? (?:broken|broke|dead|died|cut off|shut off|turned off|"
    r"disconnected|stolen|lost|out of (?:minutes|data|service)|no (?:minutes|service|data))"
    r"|\b(?:el mio |mi (?:celular|cel|telefono) )?(?:no tiene|se quedo sin) (?:saldo|servicio|minutos|datos|credito|"
    r"pila)"
    rf"|\bse me (?:mojo|rompio|descompuso|murio|perdio|cayo|apago) (?:el|mi) {_PHONE_WORD}"
    rf"|\b(?:i )?(?:lost|broke|dropped) my {_PHONE_WORD}(?: and (?:all )?(?:my )?(?:contacts|numbers))?"
    rf"|\b(?:perdi|rompi) (?:mi|el) {_PHONE_WORD}(?: y (?:todos )?(?:mis |los )?contactos)?"
    r"|\bse me borraron (?:todos )?(?:los|mis) contactos(?: cuando se me (?:mojo|rompio|descompuso|murio|perdio|cayo) "
    rf"(?:el|mi) {_PHONE_WORD})?"
)
_WRITER_PATTERN = f"{_WHO_I_AM}|{_CANNOT}|{_FREE}|{_FOR_PURPOSE}|{_WHOSE_PHONE}"
_CONTEXT_PATTERN = (
    # an errand of the writer's own: coming in, getting there, telling work, planning the day
    r"\b(?:(?:i|we) )?(?:want|wanted|wanna|need|needs|have|gotta|got|would like|d like) to (?:come in|come by|stop by|"
    r"swing by|get (?:there|here|in)|be (?:there|here|close|near|at)|eat|tell (?:my|the|our) (?:boss|work|job|manager|"
    r"supervisor|employer|school|teacher)|let (?:my|the|our) (?:boss|work|job|manager|supervisor|employer|school) "
    r"know|plan|make it|leave|"
    # (round 70: not papers left for the clinic to fill in or sign, "i need to drop off my dad's disability paperwork
    # for the doctor to fill out")
    r"drop off(?! [\w ]*\b(?:fill|filled|sign|signed|complete|completed|llenar|firmar)\b)|"
    r"take (?:the day|time|a day) off|get to work|go to work|bring (?:my|him|her|them|our)\b)"
    r"|\b(?:need|needs|want) (?:something|a time|a slot|an appointment|a visit) (?:early|late|in the (?:morning|"
    r"afternoon|evening))\b|\b(?:need|needs) (?:a )?(?:(?:family|new|regular|primary care) )?(?:doctors?|pcp|"
    r"primary care)(?: for (?:the whole family|all of us|my family|the family|us|them|all of them))?\b"
    r"|\b(?:ya )?no (?:tenemos|tengo) (?:doctor|medico|doctora)\b"
    r"|\band (?:dont|do not|never) use (?:a |the )?(?:computers?|email|e mail|internet|smartphones?|apps?|texts?|"
    r"online|portal)(?: or (?:a |the )?(?:computers?|email|e mail|internet|smartphones?|apps?|texts?|online|portal))?\b"
    r"|\b(?:how much )?time (?:i|we) (?:need|needs) off\b"
    r"|\b(?:quiero|queremos|necesito) (?:pasar|ir|llegar|venir)\b|\bnecesito un lugar cerca\b"
    # ...who needs help getting here or around
    rf"|\b(?:{_KIN_SUBJECT} )?(?:and )?(?:cant|cannot|can not|doesnt|does not|dont|do not|wont|no puede|no puedo) "
    r"(?:walk (?:very |too |that )?(?:far|long distances|much|well|fast)|do stairs|drive(?: anymore)?|always come "
    r"with (?:him|her|them)|caminar mucho|acompanarlo|acompanarla|manejar|know the (?:area|city|town|way))\b"
    # ...and what one lives with
    # (a device named as a service is asked for: "his pacemaker check is due", "a wheelchair repair")
    rf"|\b(?:{_KIN_SUBJECT} )?(?:is on|s on|on|uses|has|with|lleva|usa|tiene|en) {_DEVICE}\b(?! (?:check|checks|"
    r"checked|checkup|appointment|appt|visit|clinic|refill|repair|fitting|battery|settings|replacement|supplies|order|"
    r"prescription|form|test|training|revision|cita|receta|revision))"
    # (round 73: and the vehicle one comes in, "wheelchair van w/ side ramp")
    r"|\b(?:(?:a|an|our|my|his|her|the) )?(?:wheelchair|accessible|handicap|adapted|ramp|lift|paratransit) (?:van|bus|"
    r"vehicle|car|suv|minivan|transport)(?: with (?:a |the )?(?:side |rear |back |power )?(?:ramp|lift))?"
    # ...and what else the day holds: no school that day, no time to spare, work one cannot miss, a language spoken
    r"|\b(?:(?:theres|there is|there s|they have) no school|(?:casi )?no (?:tengo|tenemos) tiempo(?: de ir)?"
    r"|(?:i |we )?(?:cant|cannot|can not) (?:miss|skip) (?:work|school|class|another day)(?: again)?"
    r"|(?:i |we )?(?:dont|do not) want to get lost"
    r"|(?:no habla|no hablan|doesnt speak|does not speak|dont speak|only speaks|solo habla) \w+)\b"
)
_CONTEXT = re.compile(_CONTEXT_PATTERN)
_CONTEXT_GATE = _Gate(_CONTEXT)


_WRITER = re.compile(_WRITER_PATTERN)
# One word of these is in every statement of _WRITER (tests/brain/test_scope.py checks it on every message we hold): a
# set test on the message's words is cheaper than a gate of its own, which every message would pay.
_WRITER_WORDS = frozenset(
    # who one is: a word of every role ("single mom" by its first), aid and kind of writing for
    "deaf deafblind hearing hoh blind vision visually sight sighted wheelchair amputee disabled nonverbal verbal "
    "student aide caregiver giver carer worker manager teacher trucker driver farmer rancher veteran retiree retired "
    "single working stay foster nurse nanny sordo sorda sordomudo sordomuda ciego ciega cuidador cuidadora "
    "trabajador trabajadora campesino campesina jubilado jubilada estudiante maestro maestra veterano veterana "
    "discapacitado discapacitada reader screenreader voiceover voice talkback controls implant implants aid aids "
    "braille magnifier relay tty prosthetic prosthesis lector texting writing messaging asking calling reaching "
    # what one cannot do by what it is (not by "not", "can't" or "no", in most messages) or what one has not, signing,
    # who fell through
    "phone telephone calls call hear read type leave away out hablar contestar oir escuchar salir cell cellphone smart "
    "smartphone computer email mail internet celular telefono sign signs ride uber lyft sitter babysitter carpool "
    "transport transportation "
    # how one works, when one is free, what a form is for
    "shifts nights overnights doubles days weekends free available off sleep asleep claim claims application appeal "
    "benefits ssdi ssi disability unemployment employer job school college lawyer attorney court case taxes landlord "
    "housing reimbursement visa adoption dmv license "
    # whose phone, the writer's own out of use (round 68)
    "cel mobile mine mines mio saldo servicio minutos datos credito pila contactos "
    # (round 75: the computers one does not use)
    "computers computadora mensajes correo smartphones texting".split()
)
_OWN_WORDS = re.compile(f"{_CANNOT}|{_FOR_PURPOSE}|{_WHOSE_PHONE}")


def without_writer(text: str) -> str:
    """The text without its parts that only say who the writer is, what they get about or read with, what they cannot
    do the usual way, when they are free or what a form is for (see _WRITER), beside a part that asks or requests
    something: "deaf here, what time do you open" asks the hours (round 65). A part with any other word is left for the
    matcher to read as before, and nothing is cut from a message asking the clinic to book, cancel or move something for
    the writer ("i cant call. can you cancel my appointment for me"): there the statement is why a person must."""
    if (_PART_MARK.search(text) is None and not _spaced_part(text)) or _WRITER_WORDS.isdisjoint(
        normalize(text).split()
    ):
        return text  # (most messages: one part, or no word of _WRITER_WORDS)
    parts = _WRITER_PART_END.split(text)
    kept = [part for part in parts if not _only_writer(part)]
    if len(kept) == len(parts) or not any(map(is_request, kept)) or _asks_to_act(text):
        return text
    return " ".join(kept)


# (no part of its own without one: see _CIRCUMSTANCE_END; round 68: or a spaced dash, "outreach worker here - are you
# taking new patients", or "but", "pero": "quiero sacar cita pero no tengo internet en el cel")
_PART_MARK = re.compile(r"[.,?!;\n]")


def _spaced_part(text: str) -> bool:
    """A part begins at a spaced dash or at "but", "pero" (substring tests: texts without punctuation pass here)."""
    return " -" in text or " but " in text or " pero " in text or "\u2013" in text or "\u2014" in text


_WRITER_PART_END = re.compile(r"(?<=[.!?,;])\s+|\n+|\s+[-\u2013\u2014]+\s+|\s+(?=(?:but|pero)\s)")


def _only_writer(part: str) -> bool:
    """A part made only of statements about the writer (see _WRITER) and words that say nothing."""
    if _WRITER_WORDS.isdisjoint(_ALNUM_RUN.findall(part)):  # (most parts: no need to normalise them)
        return False
    rest = _writer_rest(part)
    return rest is not None and all(w in _IDLE_WORDS or w.isdigit() for w in rest.split())


def _writer_rest(clause: str) -> str | None:
    """What is left of a statement about the writer (see _WRITER) once those words are cut, or None for a clause
    that is no such statement."""
    if is_question(clause):
        return None
    norm = normalize(clause)
    if _WRITER_WORDS.isdisjoint(norm.split()) or _WRITER.search(norm) is None:
        return None
    # the words of who one is or when one is free are read as any statement's, so that a condition or the body said
    # among them is no backstory ("i'm a pregnant teacher"); only what one cannot do and what a form is for hold words
    # that read as a problem or a request elsewhere ("can't", "cancelled", "need them for")
    said = " ".join(_OWN_WORDS.sub(" ", norm).split())
    if said and not may_be_backstory(said):
        return None
    rest = " ".join(_WRITER.sub(" ", norm).split())
    # (nor a problem of one's own case told beside it: "my ride cancelled so i missed my appointment")
    return rest if _OWN_CASE.search(rest) is None else None


# A request that the clinic do an errand for the writer ("can you cancel my appointment for me", "please book me in",
# "me pueden cambiar la cita", "can you call me"): beside what the writer cannot do, the reason a person must do it.
_DONE_FOR = r"book|schedule|cancel|move|reschedule|change|switch|set up|put|sign"
_ASKS_TO_ACT = re.compile(
    r"\b(?:can|could|would|will) (?:you|u|someone|somebody|yall|you guys|one of you)(?: please| pls)? "
    rf"(?:{_DONE_FOR})\b|\b(?:please|pls|plz|kindly) (?:{_DONE_FOR})\b"
    r"|\b(?:book|schedule|sign|put) (?:me|us|him|her) (?:in|up|down|for|with)\b"
    r"|\b(?:me |nos |le )?(?:pueden|puede|podrian|podria|puedes) (?:agendar|cancelar|cambiar|mover|programar|"
    r"reprogramar|apuntar|poner|hacer)\b"
    # (round 68: and to call the writer back, "se me rompio el telefono, pueden llamarme a otro numero"; a text asked
    # instead of a call is how one reads an answer: "i use a screen reader, can you text me the address")
    r"|\b(?:can|could|would|will|please|pls|plz) (?:you |u |someone |somebody )?(?:call|ring) (?:me|us)\b"
    r"|\b(?:llamarme|llamenme|llameme|marcarme)\b|\bme (?:pueden|puede|podrian|podria) (?:llamar|marcar)\b"
)


def _asks_to_act(text: str) -> bool:
    """True for a message that asks the clinic to book, cancel or move something for the writer (see _ASKS_TO_ACT)."""
    return _ASKS_TO_ACT.search(normalize(text)) is not None


_DAY = (
    r"(?:today|tomorrow|tmrw|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hoy|manana|lunes|martes|"
    r"miercoles|jueves|viernes|sabado|domingo)"
)
# Round 65: a request to be booked or moved into a named day and hour ("please book me with an interpreter for thursday
# at 2", "me pueden cambiar la cita para el sabado a las 10"): staff check and hold that slot; the FAQ says how to
# book, not whether thursday at 2 is free.
_SLOT_ASKED = re.compile(
    r"\b(?:book|schedule|move|reschedule|change|switch|put|sign|agendar|agendarme|cambiar|mover|programar|reprogramar|"
    r"apuntar|apuntarme|pasar)\b(?: \w+){0,8}? (?:for|to|on|into|para|el|al)(?: (?:this|next|el|este|proximo))? "
    rf"{_DAY}s?(?: (?:morning|afternoon|evening|en la manana|en la tarde))? (?:at|@|a las|a la|around|by) ?\d"
)


# Round 68: ...or whether a named day and hour is free ("do you have an opening thursday after 5?", "hay espacio el
# jueves a las 4?"): staff look at the book; the FAQ says how to book, not what is open then.
_SLOT_FREE = re.compile(
    r"\b(?:have|got|any|is there|are there|hay|tienen|tiene)(?: [a-z]+){0,2}? (?:opening|openings|slot|slots|"
    r"availability|anything|space|espacio|lugar)(?: (?:available|open|free|left|libre|disponible))? (?:on |for |this |"
    r"next |el |para el |este )?"
    rf"{_DAY}s?(?: (?:morning|afternoon|evening|en la manana|en la tarde))? (?:at|@|after|before|around|by|a las|"
    r"despues de las|antes de las) ?\d"
)
_SLOT_FREE_WORDS = frozenset("opening openings slot slots availability anything space espacio lugar".split())
_DIGIT = re.compile(r"\d")


# Round 75: a clinician named by name beside being seen ("can i get in with dr nguyen", "hacer cita con la doctora
# ramirez"; not "with the doctor", "con el doctor que..."), and a day or an hour ("on thursday the 14th at 10", "el
# martes en la manana"): a slot with that person, which staff look up and hold (the FAQ says how to book, not when she
# is free)
_NAMED_CLINICIAN = re.compile(
    r"\b(?:(?:with|con|see|ver)(?: a)?|al) (?:(?:la|el) )?(?:doctor|doctora|dra|nurse|enfermera) "
    r"(?!(?:on|at|for|the|this|next|about|to|in|and|or|who|that|today|tomorrow|asap|soon|please|para|el|la|los|las|en|"
    r"que|y|o|de|del|hoy|manana|pronto|por|lo|le|office|visit|appointment|cita|consulta)\b)[a-z]{2,}\b"
)
_NAMED_WORDS = frozenset("doctor doctora dra nurse enfermera".split())
_NAMED_STEMS = ("doctor", "dra", "nurse", "enfermera")  # (each word of _NAMED_WORDS holds one)
# (a day and an hour, or a date, or a part of the day: two of them, as round 65 asks a day and an hour; "book a f/u w/
# dr smith next tues" asks how to book still)
_NAMED_WHEN = (
    re.compile(rf"\b{_DAY}s?\b"),
    re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:el|the) \d{1,2}\b"),
    re.compile(r"\b\d{1,2}(?::\d\d)? ?(?:am|pm|a ?m|p ?m)\b|\b(?:at|@|a las|a la) \d"),
    re.compile(rf"\b(?:en|por) la (?:manana|tarde|noche)\b|\b(?:in the|{_DAY}s?) (?:morning|afternoon|evening)\b"),
)
_NAMED_WHENS = 2


def asks_for_slot(text: str) -> bool:
    """True for a request to be booked or moved into a named day and hour (see _SLOT_ASKED), or a question whether one
    is free (_SLOT_FREE), or to be seen by a clinician named by name on a named day or at an hour (_NAMED_CLINICIAN)."""
    # (a substring test first: most messages name no clinician, and normalising every one costs more than it)
    # (an hour is a digit: most messages have none, and a search for one costs less than a gate)
    has_digit = _DIGIT.search(text) is not None
    lowered = text.casefold()
    norm = normalize(text) if has_digit or any(w in lowered for w in _NAMED_STEMS) else ""
    if (
        norm
        and not _NAMED_WORDS.isdisjoint(norm.split())
        and _NAMED_CLINICIAN.search(norm) is not None
        and sum(when.search(norm) is not None for when in _NAMED_WHEN) >= _NAMED_WHENS
    ):
        return True
    if not has_digit:
        return False
    if _SLOT_ASKED.search(norm) is not None:
        return True
    return not _SLOT_FREE_WORDS.isdisjoint(norm.split()) and _SLOT_FREE.search(norm) is not None


# Round 65: another person's portal, records or chart ("how do i get access to her portal account", "my moms records"),
# and someone other than the writer spoken of ("she", "mrs jones"): beside a statement of who writes (a carer, an aide),
# what is asked is for that person, through proxy access or consent (the matcher's _without_writer).
_ANOTHERS_ACCOUNT = re.compile(
    rf"\b(?:her|his|their|(?:{_KIN_WORDS}|client|resident|patient)s) (?:patient )?"
    r"(?:portal|account|records|chart|login|password|medical records)\b"
)


# Round 85: whose record a question is about, given by name or date of birth ("se llama Maria Lopez, nacio el 3 de mayo
# del 82", "her DOB is 4/2/51", "his name is Jose"): the writer asks for a lookup, which staff do.
_GIVES_IDENTITY = re.compile(
    r"\b(?:se llama|su nombre es|mi nombre es|(?:my|his|her|their) name is|(?:my|his|her|their) (?:dob|birthday) is"
    r"|nacio el|naci el|nacida el|nacido el|fecha de nacimiento|dob|d\.o\.b|date of birth|birthdate|born on)\b"
)


def gives_identity(piece: str) -> bool:
    """True for a statement giving someone's name or date of birth (_GIVES_IDENTITY)."""
    return _GIVES_IDENTITY.search(normalize(piece)) is not None


def names_anothers_account(text: str) -> bool:
    """True for a message naming another person's portal, records or chart (see _ANOTHERS_ACCOUNT)."""
    return _ANOTHERS_ACCOUNT.search(normalize(text)) is not None


_ANOTHER = re.compile(r"\b(?:he|she|him|her|his|hes|shes|mr|mrs|ms|ella)\b")


def speaks_of_another(text: str) -> bool:
    """True for a message speaking of someone other than the writer ("she", "his", "mrs jones")."""
    return _ANOTHER.search(normalize(text)) is not None


def states_context(clause: str) -> bool:
    """True for a statement beside a question that only says who the visit is for, why, what it must fit around or
    what the person lives with (see _CONTEXT), once those words are set aside an aside of backstory."""
    if is_question(clause):
        return False
    norm = normalize(clause)
    if not _CONTEXT_GATE.open(norm) or _CONTEXT.search(norm) is None:
        return False
    rest = " ".join(_CONTEXT.sub(" ", norm).split())
    return not rest or may_be_backstory(rest)


_IDENTITY = re.compile(
    r"(?:\b(?:this is|its|it is|im|i am|my name is|name is|name:?|patient:?|pt:?)\s+(?:[a-z]+\.? ?){1,3},?\s*)?"
    rf"{_DOB}"
    rf"|\b(?:the )?(?:pt|patient) (?:is|will be|=) (?:my|our) {_KIN}\b(?:\s*,?\s*(?:age |aged )?\d{{1,3}}"
    r"(?: ?(?:yo|y/o|years old|yrs old|year old))?\b)?"
    r"|\s[-\u2013\u2014]+\s*[a-z]\. ?[a-z]{2,}(?:-[a-z]+)?\s*$"
    # a relative's own experience told after the request ("..., mom uses one at her dr", "..., my dad goes there")
    rf"|[,;.]\s*(?:my |our )?{_KIN} (?:uses|used|has|had|goes|went|sees|saw|likes|loves|recommended)"
    r"(?: (?:one|it|them|you|you guys|there|here|one of (?:your|ur|the) \w+))(?: (?:at|with|of|for|from) "
    r"(?:her|his|their|my|our|your|ur) \w+)?\s*$"
    # who is writing, said first and set off before a question that does not hinge on it ("new pt, do u take
    # medicaid"; not "new patient, how do i register" or "new patients, are you taking them")
    r"|^\s*(?:(?:im|i am) )?(?:a )?new (?:pt|patient)(?: here)?\s*[,:;-]+\s*(?=\w)"
    r"(?!.*\b(?:register|registration|sign(?:ing)? up|signup|join|become|accepting|taking|them|it|forms?|paperwork|"
    r"new|first)\b)"
    # round 73: that the one written for is the clinic's patient already ("my father, harold greene, who is a patient at
    # your practice", "who has been your patient for years"): who they are, asking nothing
    r"|(?:,\s*[a-z]+(?: [a-z]+){0,2}\s*)?,?\s*\b(?:who|que) (?:is|was|has been|have been|s been|es|ha sido) (?:a |an |"
    r"your |one of your |su |"
    r"paciente )?(?:long ?time |longtime |established |current |regular |existing )?(?:patient|pt|paciente)s?"
    r"(?: (?:at|of|with|in|de|en) (?:your|the|this|su|la) (?:practice|clinic|office|clinica|consultorio))?"
    r"(?: of yours| there| here| with you| con ustedes)?(?: (?:for|desde hace) (?:years|many years|a long time|"
    r"\d+ (?:years|yrs|anos)|anos|mucho tiempo))?\b"
    r"|^\s*re\s*:\s*(?:(?:your|ur|the|my|our|a) )?(?:(?:appointment|appt|visit) )?(?:reminder|text|message|msg|call|"
    r"voicemail|vm|email|letter|notice)s?\b\s*[-\u2013\u2014:,]*"
    r"|^\s*re\s*:\s*"
)
_IDENTITY_WORDS = re.compile(rf"\b(?:dob|d\.o\.b|date of birth|birthdate|born|pt|patient|re|{_KIN_WORDS})\b")
_DASHES = ("-", "\u2013", "\u2014")
_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]")  # (a name signed after a dash: looked for only where a dash is)


# A drug named with its strength ("lisinopril 20mg", "atorvastatin 40 mg") names the drug: the strength is part of its
# name on the bottle, not a question about a dose (which "how much", "double", "change my dose" still ask).
_STRENGTH = re.compile(
    rf"\b(?P<drug>{lexicon.MEDS}|\w+(?:pril|olol|statin|sartan|formin|thyroxine|dipine|prazole|tidine|pram|oxetine))"
    r" ?\d+(?:\.\d+)? ?(?:mg|mcg|milligrams?|micrograms?|ml|units?|iu)\b"
)
_STRENGTH_WORDS = re.compile(r"\d ?(?:mg|mcg|milligram|microgram|ml|unit|iu)")


def without_identity(text: str) -> str:
    """The text without who is writing or for whom (see _IDENTITY): folded text in, folded text out."""
    if not (_IDENTITY_GATE.open(text) and _IDENTITY_WORDS.search(text)) and not (
        any(dash in text for dash in _DASHES) and _SPACED_DASH.search(text)
    ):
        return text
    out = _IDENTITY.sub(" ", text)
    return out if _HAS_WORD.search(out) else text


def without_strength(text: str) -> str:
    """The text with a drug's strength dropped after its name (see _STRENGTH)."""
    if not _STRENGTH_WORDS.search(text):
        return text
    return _STRENGTH.sub(r"\g<drug>", text)


# a signature with a title, or kisses after a full stop ("... easier. x"; "rayos x" is an x-ray)
_TRAILING_NAME = re.compile(r"[,.!]\s*(?:(?:mr|mrs|ms|miss|dr)\.? [\w. ]{1,20}|x{1,3})$")
# round 41: a phone's signature ("- sent from my iphone") and a name signed after a dash once the question is asked
# ("do you help with bluetooth? - edna"): the question mark before it stays
_SIGNATURE = re.compile(
    r"\s*[-\u2013\u2014]*\s*(?:sent from my|enviado desde mi) (?:\w+ ){0,2}?"
    r"(?:iphone|ipad|phone|android|samsung|galaxy|mobile|cell|smartphone|pixel|celular)\s*$"
    r"|(?<=[?.!])\s*[-\u2013\u2014]+\s*[a-z]{1,15}(?: [a-z]{1,15})?\s*$"
)


_PLEASANTRY_WORDS = _Gate(_PLEASANTRY)
_ENQUIRY_WORDS = _Gate(_ENQUIRY)
_RELAYED_GATE = _Gate(_RELAYED)
_ASKING_GATE = _Gate(_ASKING)
_INDIRECT_GATE = _Gate(_INDIRECT)
_RELAY_GATE = _Gate(
    re.compile("|".join(b for rx in (_RELAYED, _ASKING, _INDIRECT) for b in prefilter.branches(rx.pattern)))
)
_SIGN_OFF_WORDS = _Gate(_SIGN_OFF)
_DICTATED_GATE = _Gate(_DICTATED_WORDS)
_IDENTITY_GATE = _Gate(_IDENTITY_WORDS)

_THANKS = re.compile(r"\b(?:thank you|thanks|thank u|thx|gracias)\b")
# a thank-you for what was done, and nothing else ("thank you so much for fitting me in on friday"), in one clause:
# "thanks for calling about my pacemaker check, everything is fine" reports more
_THANKS_FOR = re.compile(
    r"(?:thank you|thanks|thank u|(?:muchas |muchisimas |mil )?gracias)(?: (?:so|very) much| again| a lot)* "
    r"(?:for|por) [^.?!;,]+"
)
_HAS_WORD = re.compile(r"[^\W_]")  # a letter or a digit: something is left to read


# "probably nothing, but" hedges a worry, and staff read it (lexicon.HEDGE); before an errand and nothing of the body,
# of how one is or of being seen ("its prob nothing but i need to move my appt"), it hedges only the bother of asking
# (round 30). "prob nothing but my ankle clicks", "...but can i come in today" and "...should i get it checked" keep it.
_HEDGE = re.compile(
    rf"\b(?:(?:its|it is|is|its probably|this is) )?(?:{lexicon.WORRY_HEDGE})"
    r"(?: (?:serious|big|important|major|lol))?[\s,.!-]*(?:but\b|pero\b)?"
)
_HEDGE_WORDS = re.compile(rf"\b(?:{'|'.join(sorted(lexicon.WORRY_HEDGE_WORDS))})\b")
_HEDGE_GATE = _Gate(_HEDGE_WORDS)
# what a worry asks of its own: to be seen or checked, whether something is normal or bad
_WORRY = re.compile(
    r"\b(?:come in|be seen|get seen|see (?:a|the|my|someone|somebody)|check\w*|look at|looked at|normal|worr\w*|"
    r"concern\w*|serious|bad|ok|okay|fine|safe|wrong|weird|off|walkin|same day|today|tonight|urgent\w*|revis\w*|"
    r"ver(?:me|lo|la)?|grave|preocup\w*|hoy)\b"
)


def _errand_unhedged(folded: str) -> str:
    """The text without a "probably nothing, but" that only hedges an errand (see _HEDGE)."""
    rest = _HEDGE.sub(" ", folded)
    if rest == folded:
        return folded
    norm = normalize(rest)
    if (
        clinical_cues(norm)
        or (_BODILY_GATE.open(norm) and _BODILY.search(norm))
        or (_ALARMING_GATE.open(norm) and _ALARMING.search(norm))
        or _WORRY.search(norm)
    ):
        return folded
    return rest


# The writer's name said after a greeting as a sentence of its own (round 42): "hi, this is marge. ...", "hola, soy
# rosa. ..."; a word of state or kind after it is no name ("this is urgent.", "soy diabetica.", "soy nueva.").
_NOT_A_NAME = (
    r"urgent|important|serious|ridiculous|unacceptable|not|so|very|really|about|regarding|re|for|a|an|the|my|your|"
    r"new|urgente|importante|grave|serio|seria|un|una|el|la|paciente|nuevo|nueva|diabetic\w*|alergic\w*|allergic|"
    r"embarazada|pregnant|asmatic\w*|hipertens\w*"
)
_INTRODUCED = re.compile(
    rf"^[\s,.!]*(?:this is|my name is|me llamo|mi nombre es|soy)\s+(?!(?:{_NOT_A_NAME})\b)[a-z]+"
    rf"(?: (?!(?:{_NOT_A_NAME})\b)[a-z]+)?(?:\s*[.!]+\s*(?=\S)"
    # (round 73: or, dictated without a stop, before the writer goes on about themselves: "hi this is marcus im
    # texting")
    r"|\s+(?=(?:im|i|ive|id|my)\b))"
)


def _without_enquiry(text: str) -> tuple[str, int]:
    """The text with its indirect and relayed questions' openings cut (_ENQUIRY, without_relay), and how many were."""
    enquiries = 0
    if _ENQUIRY_WORDS.open(text):
        text, enquiries = _ENQUIRY.subn(". ", text)
    text, relays = without_relay(text)
    return text, enquiries + relays


def without_courtesy(text: str) -> str:
    """The request of a message without the courtesy around it (folded text); the text itself when nothing
    else is left ("thank you so much, god bless" is a thank-you)."""
    folded = fold(text)
    out = _ASSISTANT.sub("", without_strength(without_identity(folded)), count=1)
    greeted = _SALUTATION.match(out)
    for _ in range(2):  # "hola, buenas tardes", "hi, good morning"
        out = _SALUTATION.sub("", out, count=1)
    out = _INTRODUCED.sub("", out, count=1) if greeted else out
    if _DICTATED_GATE.open(out) and _DICTATED_WORDS.search(out):
        out = _DICTATED.sub(
            lambda m: "," if "comma" in m[0] else "?" if "question" in m[0] or "signo" in m[0] else ".", out
        )
    if _PLEASANTRY_WORDS.open(out):
        out = _PLEASANTRY.sub(" ", out)
    if _HEDGE_GATE.open(out) and _HEDGE_WORDS.search(out):
        out = _errand_unhedged(out)
    out, enquiries = _without_enquiry(out)
    if "-" in out or "sent" in out or "enviado" in out or "\u2013" in out or "\u2014" in out:
        out = _SIGNATURE.sub("", out)
    for _ in range(3):  # "thanks so much, god bless, jan"
        shorter = _TRAILING_NAME.sub("", _SIGN_OFF.sub("", out) if _SIGN_OFF_WORDS.open(out) else out)
        if shorter == out:
            break
        out = shorter
    out = " ".join(out.split()).strip(" ,;:-.!")
    if not _HAS_WORD.search(out):
        # courtesy alone: a greeting with good wishes greets ("good morning! hope you all have a lovely day"), and
        # thanks with them thank; what the wishes said would only dilute that (batch 21)
        if _THANKS.search(folded):
            return "thank you"
        return greeted.group(0).strip(" ,.!:;-") if greeted else text
    if "?" not in out and not enquiries and _THANKS_FOR.fullmatch(out) and may_be_backstory(_THANKS.sub("", out)):
        return "thank you"  # "thank you for squeezing me in yesterday": thanks for a thing done, asking nothing
    if "?" not in out and (enquiries or _asks_last(out)):
        # the indirect question is a question, and so is a wish or a plea that ends a message of several
        # sentences ("i retired in the spring. i would like to book a physical"): statements before it are its
        # backstory, as before a question (batch 21)
        out += "?"
    return out


# A word pointing back at what an earlier sentence named ("its been ages since my last physical. id like to come in
# for one"): that request is not understood alone, so the sentences before it stay part of it.
_POINTS_BACK = re.compile(r"\b(one|it|that|this|them|those|these|there|then|eso|esto)\b")


def _asks_last(text: str) -> bool:
    """A text of two sentences or more whose last one requests something (see _REQUEST) by itself."""
    if "." not in text and "!" not in text and "\n" not in text:  # one sentence: skip splitting (most messages)
        return False
    said = sentences(text)
    if len(said) < 2:
        return False
    last = normalize(said[-1])
    return bool(_REQUEST.search(last)) and not _POINTS_BACK.search(last)


# A reason given after a request ("what time do you open, because i drop my grandson at school first"; "the address,
# as i have not visited before"): a plain statement there changes nothing the FAQ answers.
_REASON = re.compile(
    r"(?:,\s*|\s)(?P<by>because|cause|cuz|coz|as (?=(?:i|we|my|our|ive|im)\b)|"
    # Spanish, as texted too ("xq", "pq"); not "por que", mostly "why" ("hola, por que me cobraron")
    r"porque|xq|pq|ya que)\s*(?P<why>[^.?!;,]+)"
)


def without_reason(text: str) -> str:
    """The text without plain-statement reasons given after its request (see _REASON)."""
    for m in reversed(list(_REASON.finditer(text))):
        # (texted "xq" and "pq" also ask why: "buenas, xq no me han llamado?" gives no reason)
        if (
            m.start() > 0
            and not (m["by"] in ("xq", "pq") and text[m.end() : m.end() + 1] == "?")
            and may_be_backstory(m["why"])
            and normalize(text[: m.start()])
        ):
            text = text[: m.start()] + text[m.end() :]
    return text


# What may be left of a sentence of idle circumstance once it is read: "yet", "before", "very", "anymore"
_IDLE_LEFT = frozenset("before anymore either though also much very yet still really so".split())


# ...and beside a statement about the writer, words that say nothing of their own ("and", "also", "here", "for")
_IDLE_WORDS = lexicon.STOPWORDS | _IDLE_LEFT


# A sentence telling what happened on an earlier visit ("last time i circled the block for ages", "the other day it
# took forever", "when i came before i got lost")
_PAST_TIME = re.compile(
    r"(?:the )?(?:last time|last visit|last year|last month|last week|previously|the other day|other times|"
    r"when (?:i|we) (?:was|were|came|went) (?:in |there |here )?(?:last|before))\b"
)


# (a clause after a comma too: "i need to move my appointment, i have work that day")
_CIRCUMSTANCE_END = re.compile(r"(?<=[.!?,;])\s+|\n+")


def without_circumstance(text: str) -> str:
    """The text without the sentences that only state an idle circumstance (see _IDLE_CIRCUMSTANCE) beside
    another sentence: "how do i find your building. i have never been there before"."""
    if "," not in text and "." not in text and "?" not in text and "!" not in text:
        return text
    parts = _CIRCUMSTANCE_END.split(text)
    if len(parts) < 2:
        return text
    kept: list[str] = []
    for part in parts:
        norm = normalize(part)
        if kept and any(map(is_question, kept)) and _PAST_TIME.match(norm) and may_be_backstory(part):
            continue  # what happened last time, after a question ("where do i park? last time i drove around forever")
        if norm and _IDLE_GATE.open(norm) and _IDLE_CIRCUMSTANCE.search(norm):
            left = set(_IDLE_CIRCUMSTANCE.sub(" ", norm).split()) - _IDLE_LEFT
            if left <= lexicon.STOPWORDS:
                continue
        kept.append(part)
    if len(kept) == len(parts) or not kept:
        return text
    return " ".join(kept)


# Round 64: a statement of the writer's circumstance told in one of a few frames whose slots take any word: work and
# its day ("getting off shift at 4:30", "got called in for overtime thursday", "boss put me on the early shift", "it's
# slow season", "harvest started", "it's through the union"), a trip gone wrong ("truck broke down outside amarillo",
# "stuck behind a wreck on 35", "the bus never came"), money in general ("money's tight til the crop comes in"),
# supply left ("down to 3 pills", "on the last strip"), what a third party said or requires ("pharmacy says", "school
# nurse says", "my job requires it"), and when a thing was done ("got it drawn monday"). A word the FAQ never uses
# counts as circumstance only in a frame's slot: the rest of the statement is read as any other (see the matcher's
# _told_circumstance), so "pharmacy says it interacts with my other pill" and "my son was just diagnosed with
# epilepsy" stay for staff. A frame with a problem of one's own case ("denied", "charged twice") is not matched.
# (a place's preposition starts the next place: "from the shelter on 9th")
_SLOT = (
    r"(?: (?!(?:and|but|so|because|cause|cuz|he|she|it|is|was|his|her|y|pero|porque|que|outside|near|in|on|at|behind|"
    r"to|from|by|past|en|de|del|desde|por)\b)[a-z0-9]+){0,2}"
)
_PLACE = (
    r"(?: (?:outside|outside of|near|in|on|at|behind|to|from|by|past|en|de|del|desde|cerca de|por)\b"
    r"(?: (?:the|a|an|my|our|la|el|los|las|un|una|mi|su)\b)?" + _SLOT + r"){0,2}"
)
_WORK_FRAME = (
    r"(?:getting|get|got|gets|i get|i got|i am getting|im getting) off(?: of)?(?: work| shift| my shift)?(?: at)?"
    r"|(?:got |get |getting |been |was )?called in(?: for)?(?: overtime| a shift| to work)?"
    r"|(?:pulling |working |pull |work |got |picked up )?(?:a |an )?(?:double|overtime|extra shift|graveyard)"
    r"|(?:on |put me on |moved me to |have |got )?(?:the |my |a )?(?:early|late|night|day|swing|graveyard|double)"
    r" shifts?|on (?:the |my )?shift|(?:my |the )?shift (?:ends|starts|is)"
    r"|(?:my |the |our )?(?:boss|supervisor|foreman|manager|crew|company|union|caseworker|case worker) (?:put me on|"
    r"moved|got sent|sent|scheduled|needs|switched)"
    r"|(?:the |my |our |his |her )?crew (?:got )?(?:sent|moved)|(?:it is|its|is|been)? ?(?:slow|busy|harvest|planting|"
    r"calving|hunting|tax) season(?: for (?:us|me))?|harvest (?:started|starts|is)|(?:through|from) (?:the|my) "
    r"(?:union|job|work|company|employer)|(?:on|at|from|off) (?:the )?(?:job ?site|jobsite|line|plant|rig|road|"
    r"yard|site|field|farm|ranch|mill|warehouse)|only day off(?: i (?:got|have|get))?|(?:my )?(?:only )?days? off"
    r"|(?:just )?(?:started|starting) (?:a |my )?new job|laid off|between jobs|(?:have |got )?finals"
    r"|(?:me )?(?:pusieron|toca) (?:a )?trabajar|no hay (?:mucho )?trabajo|(?:el |la )?temporada"
)
_TRIP_FRAME = (
    r"(?:my |the |our )?(?:truck|car|van|ride|rig) (?:broke down|wont start|died)|"
    r"(?:got |am |im )?stuck (?:behind|in|on|at)|(?:a )?wreck|"
    r"(?:the )?(?:bus|train|ride) (?:never came|was late|is late|didnt come)|(?:the )?train "
    r"(?:stopped|is stopped)|(?:mucho )?trafico|coming (?:straight )?(?:from|off)"
)
_MONEY_FRAME = (
    r"(?:money|moneys|money is|cash|cash is|things are) (?:tight|short)|(?:til|till|until) (?:the )?(?:crop|"
    r"harvest|payday|paycheck|check) (?:comes? in|comes|is in)"
)
_SUPPLY_FRAME = (
    r"(?:im |hes |shes |were )?down to (?:my |his |her |the )?(?:last )?(?:\d+|one|two|three|four|five|a few|a couple)"
    r"(?: (?:pills|tablets|doses|days|left))?|(?:im |hes |shes )?on (?:my |his |her |the )?last (?:\d+ |few )?(?:pills|"
    r"tablets|doses|days|strip|bottle|refill)|(?:ya )?casi no (?:me |le |nos )?quedan(?: pastillas)?"
)
_SAID_FRAME = (
    r"(?:the |my |his |her |our )?(?:pharmacy|pharmacist|walgreens|cvs|walmart|company|employer|boss|supervisor|"
    r"school nurse|school|job|work|union|caseworker|case worker) (?:says|said|told (?:me|us|him|her)|wants|requires|"
    r"needs)(?: (?:that|me|us|him|her|it))?(?: (?:i|we|he|she|they|the kids|kids))?(?: (?:need|needs|have to|has to|"
    r"must|gotta))?|(?:requires|required) (?:it|one|them)|(?:im|hes|shes) out of refills|(?:got|had) (?:it|them|my "
    r"\w+|the \w+) (?:drawn|done|taken)"
)
# Round 68 (the lead's held-out batch 49: shelters, cars, day labour, release, borrowed phones; and the round's fresh
# rows: students, farm workers, parents, retirees), frames of the same kind, in Spanish as much as English:
# what someone other than a clinician said or keeps saying, named from a closed list of those who tell a patient what
# to do (a shelter, a program, a case or social worker, a recruiter, a teacher or coach, an insurer, kin and friends;
# "the shelter says everybody staying here should get one", "my nursing program says we all need one by october", "my
# insurance through my husband's job says i need one", "me dijeron en la recepcion que", "la trabajadora social me
# dijo que"), and who recommended the clinic ("la senora de la iglesia me recomendo esta clinica"). Never a doctor or a
# nurse: what a clinician said is the writer's own care.
_SAYER = (
    r"(?:the |my |his |her |our )?(?:[a-z]+ )?(?:pharmacy|pharmacist|company|employer|boss|supervisor|foreman|school|"
    r"job|work|union|caseworker|case worker|case manager|social worker|worker|shelter|program|recruiter|professor|"
    r"teacher|coach|trainer|counselor|counsellor|sponsor|probation officer|parole officer|landlord|daycare|church|"
    r"pastor|insurance|insurance company|plan|agency|front desk|receptionist|mom|mother|dad|father|husband|wife|"
    r"sister|brother|son|daughter|aunt|uncle|cousin|grandma|grandmother|grandpa|friend|roommate|coworker|neighbor|"
    r"neighbour)(?: (?:through|at|from) (?:my|his|her|the|our)(?: [a-z]+){1,2}?(?= (?:says|said|told|tells|keeps)))?"
)
_SAID_MORE_FRAME = (
    rf"{_SAYER} (?:says|said|told (?:me|us)|tells (?:me|us)|keeps (?:telling (?:me|us)|saying)|recommends|"
    r"recommended)(?: (?:that|me|us|it))?(?: (?:i|we|he|she|they|you|yall|everybody|everyone|the kids|kids))?"
    r"(?: (?:all|both))?(?: (?:need|needs|have to|has to|must|gotta|should))?"
    r"|(?:(?:en |de )?(?:la|el|los|las|mi|su) (?:(?!(?:doctor|doctora|dr|dra|medico|medica|enfermera|enfermero)\b)"
    r"[a-z]+ ){0,4}?)?(?:me |nos |le |les )?(?:dijo|dijeron|dice|dicen|comento|comentaron|recomendo|recomendaron)"
    r"(?: (?:en|de) (?:la|el) [a-z]+)? que"
    r"|(?:[a-z]+ ){1,5}?(?:me |nos )?(?:recommended|recomendo|recomendaron|told me about|me hablo de|me hablaron de) "
    r"(?:you|yall|you guys|this clinic|this place|your clinic|your office|esta clinica|ustedes|aqui|la clinica)"
)
# ...work and its day said in Spanish or as day labour ("entre semana trabajo en la construccion y no puedo", "salgo
# del campo como a las 5 y no se si alcanzo", "entro a trabajar a las 6", "trabajo por dia y no se cuando tengo libre",
# "i work at the dairy and never know my day off till the night before", "just got out and only doing day work")
_AT_HOUR = (
    r"(?: (?:como |como a |a eso de |hasta |antes de |despues de )?(?:a )?las? \d{1,2}(?: y media)?"
    r"(?: de la (?:manana|tarde|noche))?)?"
)
_WORK_MORE_FRAME = (
    r"(?:entre semana |en la semana |de lunes a viernes )?(?:trabajo|trabajamos|trabaja|trabajan) (?:en|de|por|para|"
    r"con)(?: (?:la|el|los|las|una|un))?"
    + _SLOT
    + _AT_HOUR
    + r"|(?:salgo|sali|salimos|sale|entro|entramos|entra) (?:a trabajar|al trabajo|a la chamba|al jale|de trabajar|"
    r"del trabajo|de la chamba|del jale|del campo|de la obra|de la fabrica|de la escuela|del turno|de la empacadora)"
    + _AT_HOUR
    + r"|(?:y |pero )?no (?:puedo|podemos)$|(?:y |pero )?no se (?:si (?:alcanzo|llego|alcance|llegue|voy a alcanzar|"
    r"voy a llegar)(?: a tiempo)?|cuando (?:tengo|me toca|me dan|descanso|salgo)(?: (?:libre|descanso|el dia))?)"
    r"|(?:i |we |he |she )?(?:work|works) for(?: (?:a|an|the|my))?" + _SLOT + r"|(?:i |we |he |she )(?:work|works)"
    r"|(?:only |just )?(?:doing|do|does|picking up) (?:day work|day labor|day labour|odd jobs|side jobs|gig work|"
    r"temp work)|(?:i )?(?:just )?(?:got|get|came) (?:out|released)(?: (?:of|from) (?:jail|prison|county|lockup|"
    r"detention|rehab|detox|treatment|the army|the military|the service))?"
    r"|(?:and )?(?:never|dont|do not|cant) know (?:my|our|when my|when i get|when i have) (?:schedule|day off|days off|"
    r"shifts?|hours)(?: (?:till|until|til) (?:the )?(?:night|day|week) before)?"
)
# ...getting here: a bus and how late it runs, a ride given, the way not known, living far or in a shelter, car or
# tent ("taking the bus from the shelter on 9th", "i take two buses from campus and they're never on time", "my son
# is driving me", "mi hija me va a llevar pero ella no conoce por alla", "its far from the camp", "vivo en un rancho
# muy lejos del pueblo"); a place lived in is a closed list: where else one lives may change what is asked ("vivo en
# otro estado, puedo ser paciente?")
_WAY_FRAME = (
    # (the writer's own bus, or one said first: "the kids are taking the bus to school" is theirs)
    r"(?:^|(?:im|i am|ill be|i will be|were|we are|i|we) )(?:taking|take|catching|catch|riding|ride) (?:the |a |two |"
    r"2 |three |3 )?(?:bus|buses|train|trains|metro|subway|light rail|city bus)"
    r"|(?:and )?(?:theyre|they are|its|it is|the bus is|buses are|the buses are) (?:never|not always|hardly ever|"
    r"rarely) on time"
    r"|(?:is |s |will be |gonna be |going to be |has to be )?(?:driving|taking|bringing|dropping) (?:me|us)"
    r"(?: (?:in|off|over))?|(?:me|nos) (?:va a |van a |iba a |puede )?(?:llevar|lleva|llevara|traer|trae|traera)"
    r"|(?:(?:pero|y|but|and) )?(?:ella|el|yo|nosotros|they|she|he|i|we) (?:no|dont|doesnt|do not|does not) (?:conoce|"
    r"conozco|conocemos|conocen|know) (?:por alla|por aqui|por ahi|la zona|el area|el rumbo|la ciudad|the area|the way|"
    r"the city|the town|the neighborhood)"
    r"|(?:(?:its|it is|were|we are|im|i am|i live|we live|they live|he lives|she lives|vivo|vivimos|vive|viven|queda|"
    r"estamos|estoy) )?(?:(?:really|very|so|too|pretty|kinda|muy|bien|bastante) )?(?:far|lejos)(?: (?:away|out))?"
    r"|(?:i |we )?(?:live|lives|living|stay|staying|vivo|vivimos|vive|viven|me quedo|nos quedamos) (?:at|in|out of|en) "
    r"(?:a |the |my |our |un |una |el |la )?(?:shelter|car|van|truck|tent|camp|encampment|motel|hotel|ranch|rancho|"
    r"farm|trailer|dorm|albergue|refugio|carro|campamento|granja)"
)
# ...what came in the mail and where ("the statement came to the shelter mailbox", "the paper one got sent to my old
# dorm address", "el recibo le llego a mi mama a su casa"), supply running out said in Spanish ("ya casi se me acaba",
# "casi no me quedan pastillas para el azucar"), and having no computer or internet, or not knowing how to use one
_MAIL_FRAME = (
    r"(?:the |my |our |a |el |la |mi )?(?:paper |printed |mailed )?(?:statement|bill|letter|one|copy|notice|invoice|"
    r"mail|recibo|factura|carta|cuenta|estado de cuenta) (?:came|comes|went|goes|got sent|was sent|gets sent|is sent|"
    r"got mailed|was mailed|gets mailed|got delivered|was delivered|llego|llega|me llego|le llego|nos llego|me llega|"
    r"le llega)(?: (?:to|at|a|en)(?: (?:the|my|our|his|her|their|an|a|mi|su|la|el))?"
    r"(?: (?!(?:and|but|so|y|pero|a|en)\b)[a-z0-9]+){1,3}(?: (?:a|en) (?:su|mi|la) casa)?)?"
)
_SUPPLY_MORE_FRAME = (
    r"(?:ya )?(?:casi )?se (?:me |le |nos )?(?:acaba|acaban|acabo|acabaron|esta acabando|estan acabando|termina|"
    r"terminan)(?: (?:la|el|las|los|mi|mis) [a-z]+)?"
    r"|(?:ya )?casi no (?:me |le |nos )?quedan (?:pastillas|medicina|medicinas|pildoras|tabletas|insulina)"
    r"(?: (?:de|para) (?:la|el|mi|mis) [a-z]+)?"
)
_MEANS_FRAME = (
    r"(?:(?:y|pero|and|but) )?(?:no (?:se|sabe|sabemos|puedo|puede) (?:usar|manejar)|(?:i |we |he |she )?(?:dont|"
    r"do not|doesnt|does not|cant|cannot) (?:know how to )?use) (?:la |el |una |un |a |the )?(?:computadora|compu|"
    r"computer|computers|internet|celular|portal|aplicacion|app|apps|correo|email)"
    r"|(?:(?:y|pero|and|but) )?(?:no tengo|no tenemos|dont have|do not have|dont got) (?:a |an |any )?(?:internet|wifi|"
    r"data|datos|computadora|computer|laptop|email|correo)"
    r"(?: (?:en|on) (?:el|mi|my|the) (?:cel|celular|phone|telefono))?"
)
_FRAMES = (
    _WORK_FRAME,
    _TRIP_FRAME,
    _MONEY_FRAME,
    _SUPPLY_MORE_FRAME,
    _SUPPLY_FRAME,
    _SAID_FRAME,
    _SAID_MORE_FRAME,
    _WORK_MORE_FRAME,
    _WAY_FRAME,
    _MAIL_FRAME,
    _MEANS_FRAME,
)
_FRAME = re.compile(rf"\b(?:{'|'.join(_FRAMES)})\b{_PLACE}")
_FRAME_GATE = _Gate(_FRAME)
# (round 68: a search of every frame tried each one at every word, ~150 µs a clause; a text is searched with only the
# frames whose words it holds, each kind of frame gated by its own words, in the same order: the same matches)
_FRAME_GATES = tuple(_Gate(re.compile(rf"\b(?:{frame})\b")) for frame in _FRAMES)


@lru_cache(maxsize=256)  # (the kinds a text holds together are few: 59 sets over every text we hold)
def _frames_of(kinds: tuple[int, ...]) -> re.Pattern[str]:
    """_FRAME of the frames `kinds` only."""
    return re.compile(rf"\b(?:{'|'.join(_FRAMES[k] for k in kinds)})\b{_PLACE}")


# (only supply left or what the pharmacy said about it is told beside a refill: why a medicine is wanted may change
# the answer, "refill my adderall early, im going on a trip")
_SUPPLY = re.compile(
    rf"\b(?:{_SUPPLY_FRAME}|{_SUPPLY_MORE_FRAME}|(?:the )?(?:pharmacy|pharmacist|walgreens|cvs|walmart) "
    r"(?:says|said))\b"
)
# a problem with one's own case or a body said inside a frame's slot ("pharmacy says the doctor denied the refill")
_OWN_CASE = re.compile(
    r"\b(?:denied|declined|refused|rejected|wrong|twice|interacts?|reaction|side effects?|hurt\w*|missed|"
    # (round 68: a bill already paid or not one's own, "the statement came to my house but i already paid")
    r"already|ya (?:lo |la )?(?:pague|habia pagado|pagamos)|someone elses?|somebody elses?|not (?:mine|ours)|"
    r"otra persona|no es (?:mio|mia|nuestro|nuestra))\b"
)


def may_hold_frame(text: str) -> bool:
    """False when no frame of _FRAME can be in `text` as written (a bit test, before normalising it)."""
    return _FRAME_GATE.open(text)


def tells_supply(clause: str) -> bool:
    """True for a statement of supply left or of what the pharmacy said (see _SUPPLY)."""
    return _SUPPLY.search(normalize(clause)) is not None


def circumstance_rest(clause: str, *, refill: bool = False) -> str | None:
    """The words of a statement of circumstance (see _FRAME) left once its frames are cut, "" when none are, or None
    for a clause that is no such statement: a question, a clinical cue or the body, a problem of one's own case.
    Beside a refill only supply left and what the pharmacy said count."""
    if "?" in clause:
        return None
    norm = normalize(clause)
    held = _open_gates(norm)  # (bit tests before any search)
    kinds = tuple(k for k, gate in enumerate(_FRAME_GATES) if held & gate.bits)
    if not kinds:  # (most clauses hold no frame's words)
        return None
    if (refill and not _SUPPLY.search(norm)) or _QUESTION.match(norm) or _OWN_CASE.search(norm):
        return None
    rest = " ".join(_frames_of(kinds).sub(" ", norm).split())
    if rest == norm or clinical_cues(clause):
        return None
    if rest and not may_be_backstory(rest):
        return None
    return rest


# Round 70: signs that a statement beside a question changes what must be answered, whatever else it says (the rule of
# matcher._past_aside reads every other statement as backstory): it did not work or they said no ("the website gave me
# an error", "hr said you were out of network"), nothing came of what one did or asked ("nothing has come", "nadie me
# ha llamado"), a thing one sent or dropped off, or had done days to months ago (on record: "me hice los analisis hace
# un mes"), a bill one thinks was to be covered, getting worse or in a hurry ("cada vez peor", "keeps spreading",
# "asap"), and a wound or a sore the clinical cues do not name ("stepped on a nail and it's getting red and puffy").
# Words a problem or a complaint already names ("never", "denied", "still") are _PROBLEM's. (A login locked out, a
# prescription expired or a bill's amount are what the password, refill and billing answers are for: no sign.)
_DONE_BY_WRITER = (
    r"(?:i|we|ive|weve|already|ya) (?:sent|dropped off|dropped it off|turned in|submitted|faxed|mailed|uploaded|"
    r"applied|requested|filled out|mande|entregue|envie|llene)|mandamos|entregamos|enviamos"
)
# (days, weeks or months ago: a request still under way; years ago is history)
_SPAN_AGO = (
    r"(?:\d+|a|an|one|two|three|four|five|six|few|couple|couple of) (?:days?|weeks?|wks?|months?) ago|"
    r"hace (?:\d+|un|una|dos|tres|cuatro|cinco|seis|varios|varias|unos|unas) (?:dias?|semanas?|mes|meses)"
)
_CHANGES_ANSWER = re.compile(
    r"\b(?:errors?|failed|fails|failing|rejected|refused|declined|bounced|missed|"
    r"stopped (?:taking|accepting|covering|seeing)|out of network|not covered|said no|says no|told me no|"
    r"dijo que no|dijeron que no|rechaz\w+|dejo de (?:aceptar|tomar|cubrir)|perdi la cita|"
    # (a visit forgotten is a missed one: "se me olvido mi cita, me la pueden cambiar")
    r"(?:forgot|forgotten|olvide|olvido) (?:about )?(?:my|mi|la|the) (?:appointment|appt|visit|cita|consulta)|"
    r"nothing (?:has |ever )?(?:come|came|arrived|showed up|shown up)|"
    r"(?:nobody|no one|noone|nadie) (?:has |me ha |nos ha )?(?:called|answered|gotten back|llamado|contestado|llamo|"
    r"contesto)|"
    rf"{_SPAN_AGO}|{_DONE_BY_WRITER}|"
    r"supposed to (?:cover|pay)|should have (?:covered|paid)|(?:pense|crei) que el seguro|(?:i|we) owe|"
    # (round 74: "i thought my insurance covered the physical", "pero mi seguro lo cubre")
    r"(?:thought|figured|assumed|was told|were told) (?:that )?(?:my |our |the |his |her )?(?:\w+ )?(?:insurance|plan|"
    r"medicaid|medicare|coverage) (?:covered|covers|would cover|was covering|paid|pays|would pay|was paying)|"
    r"(?:mi|el|su|nuestro) seguro (?:lo |la |me |nos )?(?:cubre|cubria|cubrio|paga|pagaba|pago)|"
    r"worse|worsening|spreading|keeps (?:getting|happening|coming back|spreading)|peor|empeor\w+|cada vez|asap|"
    r"cuanto antes|lo antes posible|hoy mismo|ahorita mismo|deadline|"
    # (the answer's own hours do not fit: "i work 9-5 and cant make the walk in hours")
    r"make (?:the|your) (?:\w+ ){0,2}hours|alcanzo (?:el|su|a su) horario|"
    r"stepped on|puffy|oozing|pus|infected|sore|itchy|itching|hurts|hurting|aching|duele|dolor|hinchad[oa])\b"
)
_OWN_REQUEST_AGO = re.compile(rf"\b(?:{_DONE_BY_WRITER})\b.*\b(?:{_SPAN_AGO})\b")
_CHANGES_GATE = _Gate(_CHANGES_ANSWER)
# ...and what makes it a matter of care, in words the clinical cues read only in their own frames: a body part, a
# condition, a kind of care, a clinician or a specialist, a procedure, a stage of life ("my baby is 6 weeks old", "im
# 28 weeks", "my mom is 85"), someone else's say over the visit ("my therapist wants", "hr wants", "like the doctor
# said"), a legal standing (power of attorney, custody), and a vehicle too big for a garage ("the company semi").
_CARE = re.compile(
    r"\b(?:ankles?|shoulders?|knees?|backs?|necks?|hips?|wrists?|elbows?|toes?|fingers?|thumbs?|eyes?|eyelids?|ears?|"
    r"teeth|tooth|gums?|jaw|heart|lungs?|kidneys?|liver|bladder|bowels?|skin|spine|brain|sugars?|meter|readings?|"
    r"swell\w*|pops?|popping|peeing|pee|cries|crying|colic\w*|confused|forgetful|floaters|vertigo|seizures?|"
    r"dementia|alzheimers?|epilep\w*|diabet\w*|asthma|copd|cancer|tumou?r|anorexia|bulimia|eating disorder|sober|"
    r"sobriety|alcohol|drinking|drunk|relapse\w*|rehab|recovery|miscarriage|postpartum|pregnan\w*|weeks along|"
    r"newborns?|infant|baby|babies|bebe|toddler|diagnos\w*|cholesterol|pressure|thyroid|hormones?|therapy|"
    r"therapists?|terapia|counsel\w*|psychiatr\w*|hospice|palliative|transplant|pacemaker|dialysis|insulin|"
    r"oculista|optometrist|dentista|dentist|dermatolog\w*|cardiolog\w*|neurolog\w*|pediatrician|pediatra|obgyn|"
    r"gyn\w*|midwife|partera|surgeon|cirujano|specialist|especialista|doctor|doctora|dr|nurse|enfermera|medico|"
    r"endoscop\w*|colonoscop\w*|ultrasound|ultrasonido|xray|x ray|mri|ct|scan|biopsy|vasectomy|stitches|puntos|"
    r"cast|brace|crutches|follow up|followup|physical therapy|shots?|vacunas?|\d+ ?(?:weeks?|wks?|months?|years?|"
    r"yrs?|yo|semanas|meses|anos)(?: old)?|power of attorney|poa|custody|guardian\w*|my ex|mi ex|"
    r"(?:hr|hour|boss|work|school|teacher|coach|coordinator|employer|lawyer|judge|court|corte|jefe|patron|escuela|"
    r"maestra?)"
    r" (?:wants|needs|asks|asked|said|says|requires|pide|quiere|dice|dijo)|"
    r"chart|charts|notes|oriented|knife|gun|weapon|suspended|expelled|police|arrest\w*|jail|fight|abuse\w*|"
    r"trafficking|survivors?|violence|assault|rape|sexual|nosebleeds?|nose bleeds?|detector|cold|frio|gripa|gripe|"
    r"flu|cpr|first aid|primeros auxilios|morad[oa]|"
    r"been trying|trying to (?:conceive|get pregnant)|ttc|human resources|"
    r"power (?:went )?out|outage|lightning|storm|tornado|hurricane|flood\w*|snow\w*|icy|fire|evacuat\w*|"
    r"semi|semis|trailer|rv|motorhome|camper|box truck|dually)\b"
)
_CARE_GATES = (_Gate(_CARE), _Gate(_SYMPTOM), _Gate(_CONDITION), _Gate(_MEDICINE_WORD))


def changes_answer(clause: str) -> bool:
    """True for a statement with a sign that it changes what a question beside it must be answered (_CHANGES_ANSWER)."""
    norm = normalize(clause)
    return _CHANGES_GATE.open(norm) and _CHANGES_ANSWER.search(norm) is not None


def tells_own_request(text: str) -> bool:
    """True for a text saying the writer sent or dropped something off some days to months ago ("I dropped off my
    son's camp form two weeks ago"): what became of it is on record. Searched only in a text holding "ago" or "hace"
    (substring tests: this runs on every answer found)."""
    low = text.lower()
    if "ago" not in low and "hace" not in low:
        return False
    return _OWN_REQUEST_AGO.search(normalize(text)) is not None


def names_care(clause: str) -> bool:
    """True for a statement naming a matter of care (_CARE, _SYMPTOM, _CONDITION, a medicine): beside a question it
    may be what the question is really about ("my baby is 6 weeks old, when are her shots due")."""
    norm = normalize(clause)
    return any(gate.open(norm) and gate.pattern.search(norm) for gate in _CARE_GATES)


_ANOTHER_ONE = (
    r"\b(?:get|need|have|send|give|order|want|buy|pick up)(?: me| us)? (?:a|an|another|the) "
    r"(?:new |other |different |second |replacement )?one\b"
)
_ASKS_ANOTHER_ONE = re.compile(_ANOTHER_ONE)
# A question leaning on a statement beside it for whom or what it asks about ("does he need a physical form", "can i
# move it", "cuando le toca su vacuna"): that statement is part of the question, not its backstory.
_LEANS = re.compile(
    r"\b(?:he|she|him|her|his|hers|hes|shes|they|them|their|it|its|those|these|ella|ellos|le|les|lo|los)\b"
    r"|\b(?:that|this|one)(?: up| done| in| out| off)?\s*\??$|\b(?:is|does|would|will|can|could) (?:that|this)\b"
    # ("can i still get my flu shot": whether what the statement tells rules it out)
    r"|\b(?:can|could|should) (?:i|we|he|she|they) still\b"
    # (a supply of a medicine asked for: "can i get 3 months of prep at my first visit", beside "im traveling")
    r"|\b\d+ (?:months?|weeks?|days?|meses|semanas|dias) (?:of|worth|supply|de)\b|\bsupply\b"
    # (a note of what one may do is a clinician's: "can i get a note about working in the heat")
    r"|\b(?:heat|lift|lifting|clearance|cleared|restrictions?|light duty|fit (?:to|for)|return to work)\b"
    # (round 85: "can i get a new one", "need another one": the thing is named in the statement; "a referral to a new
    # one" names its errand)
    r"|" + _ANOTHER_ONE
)
# A statement the writer makes of themselves or theirs: a word in the first person ("im staying at the motel 6", "my
# daughter is dropping me off", "trabajo en una panaderia"), where "she tied balloons to her chair" and "the kids are
# taking the bus" are about someone else, whose circumstance may be what the question is about.
_FIRST_PERSON = re.compile(
    r"\b(?:i|im|ive|ill|id|me|my|mine|myself|we|were|weve|well|wed|us|our|ours|yo|mi|mis|nos|nosotros|nosotras|"
    r"nuestro|nuestra|nuestros|nuestras|soy|estoy|tengo|vivo|trabajo|voy|vamos|somos|estamos|tenemos|vengo|venimos|"
    r"acabo|acabamos|manejo|salgo|empiezo|uso|vivimos|trabajamos|"
    # (round 73: and what one did, told without a pronoun as Spanish does: "lo perdi cuando cambie de celular")
    r"perdi|olvide|cambie|llegue|tuve|hice|pedi|mande|deje|saque|borre|compre|empece|termine|necesite|fui)\b"
)


# ...or one that leaves the writer out as texters do, opening on what they did or do ("came from brazil in august",
# "just moved here", "recien llegados de honduras")
_WRITER_LEFT_OUT = re.compile(
    r"^(?:just |recently |also |still |only )?(?:came|come|coming|arrived|moved|moving|retired|staying|living|stuck|"
    r"running|caught|sitting|waiting on|between|doing|something (?:came|has come|just came) up|algo (?:surgio|salio)|"
    r"(?:dont|do not|didnt|cant|wont|never) (?:want|wanna|like|have|need|know)|"
    r"visiting|working|driving|flying|traveling|travelling|heading|leaving|starting|started|going|gonna|new here|"
    r"back from|recien|llegue|llegamos|venimos|vine|got (?:a|an|my) (?:shift|class|exam|midterm|final|game|practice|"
    r"meeting|interview|lecture)|"
    # (round 74: or on the ride they are on or the map they follow: "bus is taking forever", "google maps is being
    # weird")
    r"(?:the )?(?:bus|train|uber|lyft|traffic|subway|metro|light rail|google maps|apple maps|maps|gps|waze)(?: is| s|"
    r" was| keeps| has been)?|"
    # (round 79: or the practice, game or meet of their day, or their phone's signal out where they are: "practice
    # ends at 5:30", "game starts at 1", "one bar out here", "barely any signal up here")
    r"(?:the |our |his |her )?(?:practice|game|tourney|tournament|meet|scrimmage) (?:ends|starts|runs|is|goes|gets out|"
    r"lets out)|(?:one|1|no|zero|barely any|barely|only one) (?:bar|bars|signal|reception|service)\b(?! (?:of|for) )|"
    r"(?:the )?(?:signal|reception|cell service) (?:is|s|keeps|has been|sucks))\b"
)


def of_the_writer(clause: str) -> bool:
    """True for a statement with a word in the first person (_FIRST_PERSON), or one that leaves the writer out
    (_WRITER_LEFT_OUT)."""
    norm = normalize(clause)
    return _FIRST_PERSON.search(norm) is not None or _WRITER_LEFT_OUT.match(norm) is not None


# Round 77: a question of what a thing asked takes, whether one needs or has to do something for it ("do i need an
# appointment or can we just walk in", "do we have to book", "tengo que hacer cita?"): asked of the request before it.
_NEEDED = re.compile(
    r"^(?:and |also |so |or )?(?:do|does|would|will|did) (?:i|we|he|she|they|you|u) (?:still )?(?:need|have to|gotta|"
    r"got to)\b|^(?:and |also |so |or )?(?:is|are) (?:an? |the )?\w+ (?:needed|required|necessary)\b"
    r"|^(?:y |o |tambien )?(?:necesito|necesitamos|necesita|tengo que|tenemos que|hay que|se necesita|ocupo|ocupamos)\b"
)


def asks_needed(question: str) -> bool:
    """True for a question asking whether something is needed or must be done (_NEEDED)."""
    return _NEEDED.search(normalize(question)) is not None


def asks_another_one(request: str) -> bool:
    """True for a request for "a new one" or "another one" of what a statement beside it names (_ANOTHER_ONE)."""
    return _ASKS_ANOTHER_ONE.search(normalize(request)) is not None


def leans_on_another(request: str) -> bool:
    """True for a request whose pronoun points to someone or something named outside it, or that asks whether one may
    still have it or a note of what one may do (_LEANS)."""
    return _LEANS.search(normalize(request)) is not None


# Round 70: kin named as whose something is ("my son's results", "los resultados de mi hijo"): beside an errand done
# through proxy access, what is said of them (their age, where they are) may change who may have it.
_KIN_NAMED = re.compile(
    rf"\b(?:my|our|mi|mis|su|sus) (?:{_KIN_WORDS}|esposa|esposo|hija|hijo|abuela|abuelo|madre|padre|nieto|nieta)s?\b"
)


def names_kin(text: str) -> bool:
    """True for a text naming one of the writer's kin ("my son", "mi esposa")."""
    return _KIN_NAMED.search(normalize(text)) is not None


# Round 73: someone said not to be the clinic's patient ("he's not your patient", "i'm not a patient there", "no es
# paciente de ustedes", "not registered with you yet"): a refill, records, results, the portal or a visit of theirs is
# none of what the answers for the clinic's own patients say (a first visit comes first, or a prescriber elsewhere).
_NOT_A_PATIENT = re.compile(
    r"\b(?:not|never been|isnt|arent|aint|no longer) (?:a |an |one of )?(?:your|ur|yalls|you guys|your guys|the "
    r"clinics|the practices) (?:patients?|pts?)\b"
    r"|\b(?:not|never been|isnt|arent|no longer) (?:a |an )?(?:patients?|pts?) (?:here|there|of yours|at (?:the|your|"
    r"this) (?:clinic|practice|office)|of (?:the|your|this) (?:clinic|practice|office)|with (?:you|yall|u|you guys))\b"
    r"|\bnever been seen (?:there|here|by (?:you|yall|your|any of your))\b"
    r"|\b(?:no|nunca ha sido|nunca he sido) (?:es |soy |somos |son )?(?:paciente|pacientes) (?:de ustedes|suy[oa]s?|"
    r"de la clinica|de su clinica|aqui|aca|alli|ahi|con ustedes)\b"
    r"|\bnot (?:registered|established|signed up|enrolled) (?:with|at) (?:you|yall|u|you guys|your|the)\b"
)
_NOT_A_PATIENT_WORDS = ("patient", " pt", "pacient", "seen", "regist", "establish", "signed", "enrol")


def not_a_patient(text: str) -> bool:
    """True for a text saying the writer or the one they write for is not the clinic's patient (_NOT_A_PATIENT).
    Searched only in a text holding one of its words (substring tests: this runs on every message matched)."""
    low = text.lower()
    if not any(w in low for w in _NOT_A_PATIENT_WORDS):
        return False
    return _NOT_A_PATIENT.search(normalize(text)) is not None
