"""Red-flag triage: real phrasing is caught, benign look-alikes are not, rules fail loudly."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import RulesError
from routing.states import Priority
from routing.triage import PACKAGED_RULES, Triage


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("his face is drooping and he cant lift his arm", "stroke"),
        ("chest pian", "cardiac"),
        ("cant breath", "breathing"),
        ("i took the whole bottle", "overdose"),
        ("I think I OD'd", "overdose"),
        ("i dont want to be here anymore", "suicidal"),
        ("30 weeks pregnant and bleeding a lot", "bleeding"),
        ("baby wont wake up properly", "unresponsive"),
        ("fever of 102 after my surgery", "post_surgery"),
        ("me duele el pecho", "cardiac"),
        ("quiero morirme", "suicidal"),
        ("mi bebé no despierta", "unresponsive"),
        ("fever of 99 this morning and now 101.5, im on chemo", "immunocompromised_fever"),
        ("grandpa fell and cant put any weight on his leg", "trauma"),
        ("my baby hasnt moved much today", "pregnancy_emergency"),  # kicks, said without the weeks
        ("my wife collapsed and shes breathing weird", "unresponsive"),  # CPR guidance, not "use your inhaler"
        ("mi hija se corto la muñeca a proposito", "self_harm"),
    ],
)
def test_recognises_emergencies_as_patients_write_them(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    ("text", "category"),
    [  # the lead's batch: missed, or urgent under the wrong reason
        ("she was in the pool and we pulled her out, she's coughing and not right", "drowning"),
        ("I'm on chemo and my temp is 101", "immunocompromised_fever"),
        ("my pain on the lower right side of my belly is unbearable and i have a fever", "abdominal_emergency"),
        ("grandpa fell and can't get up and his hip looks twisted", "trauma"),
        ("cant feel my legs after a car crash", "trauma"),
        ("worst headache of my life came on like a thunderclap", "stroke"),
        ("my diabetic dad is breathing fast, vomiting and his sugar meter says HI", "dangerous_reading"),
    ],
)
def test_the_cause_is_the_reason_staff_see(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    "text",
    [
        "can I get my chest x-ray results",
        "where do I park for cardiology",
        "how do I throw away old pills",
        "my stroke follow-up is on monday",
        "I had a stroke last year and need a refill",
        "dying to know if you're open saturday",
        "no chest pain, just a cough",
        "refill my epipen please",
        "is blue cross accepted",
        "I fell asleep and missed my appointment",
        "estoy en quimio y tengo fiebre de 37",  # below 38 C: not a fever
        "my daughter fell ice skating and cant put weight on her ankle",  # urgent care, not 911
        "me corte el pelo",  # a haircut
        "i bled through my bandage after my mole removal but it stopped",
        "is the chest pain clinic the same as cardiology",
        "my baby hasnt moved to solid food yet",
    ],
)
def test_benign_contexts_raise_no_alarm(triage: Triage, text: str) -> None:
    assert triage.check(text) is None


def test_guidance_in_the_patients_language(triage: Triage) -> None:
    en = triage.check("I can't breathe", "en")
    es = triage.check("no puedo respirar", "es")
    assert en is not None
    assert es is not None
    assert "911" in en.guidance
    assert "Llame al 911" in es.guidance


def test_crisis_categories_point_to_988(triage: Triage) -> None:
    flag = triage.check("I want to kill myself")
    assert flag is not None
    assert (flag.action, flag.priority) == ("crisis_988", Priority.URGENT)
    assert "988" in flag.guidance


def test_nurse_level_is_high_and_the_most_urgent_category_wins(triage: Triage) -> None:
    nurse = triage.check("my incision is red and oozing")
    assert nurse is not None
    assert (nurse.action, nurse.priority) == ("nurse_same_day", Priority.HIGH)
    both = triage.check("my incision is red and oozing and now I have chest pain")
    assert both is not None
    assert (both.category, both.priority) == ("cardiac", Priority.URGENT)


def test_real_words_are_not_corrected_into_alarms(triage: Triage) -> None:
    taught = triage.knowing(frozenset({"paine"}))  # e.g. a street name in the FAQ
    assert taught.check("is the clinic on paine street near the chest clinic") is None


@pytest.mark.parametrize(
    "word", ["veces", "queme", "chueco", "muerto", "cuida", "siete", "nueve", "hombre", "parada", "calle"]
)
def test_spanish_real_words_stay_what_they_are(triage: Triage, word: str) -> None:
    # real_words.txt is English-made; real_words_es.txt keeps everyday Spanish words from being "fixed"
    assert triage.prepare(f"mi tio {word} hoy").split() == ["mi", "tio", word, "hoy"]


RULE = """
categories:
  - id: cardiac
    action: {action}
    guidance: {guidance}
    patterns: {patterns}
"""


def write_rules(tmp_path: Path, **parts: str) -> Path:
    values = {
        "action": "call_911",
        "guidance": "{en: Call 911., es: Llame al 911.}",
        "patterns": "['chest pain']",
    }
    path = tmp_path / "rules.yaml"
    path.write_text(RULE.format(**{**values, **parts}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("parts", "problem"),
    [
        ({"action": "panic"}, "'action' must be one of"),
        ({"guidance": "{en: Call 911.}"}, "(es missing)"),
        ({"patterns": "[]"}, "non-empty list"),
        ({"patterns": "['chest (pain']"}, "not a valid regular expression"),
        ({"patterns": "[{all: ['chest']}]"}, "all: [regex, regex, ...]"),
    ],
)
def test_broken_rules_name_the_file_category_and_problem(tmp_path: Path, parts: dict[str, str], problem: str) -> None:
    path = write_rules(tmp_path, **parts)
    with pytest.raises(RulesError) as err:
        Triage.load(path)
    assert str(path) in str(err.value)
    assert "category 'cardiac'" in str(err.value)
    assert problem in str(err.value)


def test_unreadable_rules_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("categories: [", encoding="utf-8")
    with pytest.raises(RulesError, match="cannot load red-flag rules"):
        Triage.load(path)


def test_combined_patterns_need_every_part(tmp_path: Path) -> None:
    path = write_rules(tmp_path, patterns="[{all: ['\\bpregnant\\b', '\\bbleeding\\b']}]")
    rules = Triage.load(path)
    assert rules.check("pregnant and bleeding") is not None
    assert rules.check("pregnant") is None


def test_packaged_rules_load() -> None:
    assert Triage.load(PACKAGED_RULES).action_of("suicidal") == "crisis_988"


WORD_LISTS = """
lexicons:
  child: [baby, toddler, little one, "# month old"]
  kin: ["{child}", grandma]
categories:
  - id: poisoning
    action: call_911
    guidance: {en: Call 911., es: Llame al 911.}
    patterns:
      - all: ['\\b{kin}\\b', '\\bdrank\\b']
  - id: net
    action: call_911
    fallback: true
    guidance: {en: If this is an emergency call 911., es: Llame al 911.}
    patterns:
      - near: [["{kin}"], [limp, blue]]
    unless: ['\\blast week\\b']
"""


def test_word_lists_serve_regexes_and_near_rules_and_include_each_other(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(WORD_LISTS, encoding="utf-8")
    rules = Triage.load(path)
    drank = rules.check("my little one drank my vodka")
    assert drank is not None
    assert drank.category == "poisoning"
    assert rules.check("my 3 month old drank bleach") is not None
    limp = rules.check("grandma is limp")
    assert limp is not None
    assert limp.category == "net"


def test_the_fallback_only_speaks_when_no_category_matches(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(WORD_LISTS, encoding="utf-8")
    rules = Triage.load(path)
    both = rules.check("the baby drank something and is limp")
    assert both is not None
    assert both.category == "poisoning"
    assert rules.check("the baby was limp last week") is None  # the fallback's own veto


def test_a_cause_is_the_reason_over_the_sign_it_explains(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    sign = "  - id: unresponsive\n    action: call_911\n    guidance: {en: a, es: b}\n"
    sign += "    patterns: ['\\bpassed out\\b']\n"
    cause = "  - id: heat\n    action: call_911\n    explains: [unresponsive]\n    guidance: {en: c, es: d}\n"
    path.write_text("categories:\n" + sign + cause + "    patterns: ['\\bheat\\b']\n", encoding="utf-8")
    rules = Triage.load(path)
    assert [rules.check(t).category for t in ("passed out in the heat", "passed out")] == ["heat", "unresponsive"]


def plain(patterns: str = "[x]") -> str:
    """A one-category rules file (write_rules' defaults) as text."""
    return RULE.format(action="call_911", guidance="{en: a, es: b}", patterns=patterns)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("lexicons: {kid: [baby]}\n" + plain("['{child}']"), "unknown word list {child}"),
        ("lexicons: {a: ['{b}'], b: ['{a}']}\n" + plain(), "includes itself"),
        ("lexicons: {a: []}\n" + plain(), "non-empty list of words"),
        ("known_words: [two words]\n" + plain(), "one word"),
        (plain() + "    fallback: maybe\n", "'fallback' must be true or false"),
        (plain() + "    patern: [y]\n", "unknown key 'patern'"),
        (plain() + "    explains: [nobody]\n", "'explains' names 'nobody'"),
        (plain() + "    explains: [cardiac]\n", "'explains' names 'cardiac'"),
    ],
)
def test_broken_word_lists_and_keys_are_named(tmp_path: Path, body: str, problem: str) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RulesError) as err:
        Triage.load(path)
    assert str(path) in str(err.value)
    assert problem in str(err.value)


def test_known_words_are_never_corrected_into_alarms(tmp_path: Path) -> None:
    body = "known_words: [cooking]\n" + plain("['\\bchoking\\b']")
    path = tmp_path / "rules.yaml"
    path.write_text(body, encoding="utf-8")
    rules = Triage.load(path)
    assert rules.check("cooking dinner") is None
    assert rules.check("he is chokng") is not None  # a real typo is still fixed


@pytest.mark.parametrize(
    "text",
    [
        "my heart feels like it's going to explode",
        "sudden tearing pain between my shoulder blades",
        "her hands are turning grey",
        "he can barely swallow",
        "the vomiting won't stop and there's blood",
        "de repente no puedo tragar",
        "my baby is burning up please help",
        "the shaking is still going",
    ],
)
def test_the_safety_net_catches_emergencies_in_words_no_rule_names(triage: Triage, text: str) -> None:
    assert triage.check(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "I cut my finger cooking last week and it's healing, do I need a tetanus shot",
        "my period cramps are unbearable every month, can we talk about birth control",
        "what are the signs of a stroke",
        "is blue cross accepted",
        "my toes turn purple in the cold, is that raynauds",
        "my throat is a little sore",
        "can't talk now, at work, text me later",
        "please help me understand my bill",
    ],
)
def test_the_safety_net_stands_down_for_errands_questions_and_the_past(triage: Triage, text: str) -> None:
    assert triage.check(text) is None, triage.check(text)


@pytest.mark.parametrize("word", ["killed", "color", "ordering", "watching", "socks", "strips", "tastes"])
def test_real_words_one_slip_from_a_rule_word_stay_as_written(triage: Triage, word: str) -> None:
    assert triage.prepare(f"the {word} thing").split() == ["the", word, "thing"]


@pytest.mark.parametrize(
    "text",
    [  # round 15: a pet's trouble, survived or dated history, getting ready, Spanish signs, a scene watched
        "our puppy ate a grape and is vomiting, is that an emergency for him",
        "mi perro convulsiono anoche, el veterinario dice que es epilepsia",
        "my uncle survived a stroke and a heart attack, needs a flu shot",
        "back in 2018 my mom had a stroke, can she see dr lee",
        "three years ago i overdosed, want to get on suboxone",
        "hace 3 anos mi papa tuvo un infarto, quiero cita",
        "what do i keep at home in case of a seizure, my son has epilepsy",
        "what goes in an emergency kit for bee stings",
        "cuales son los sintomas de un infarto en mujeres",
        "was reading a book where a woman bleeds out after childbirth, is that common",
        "my son got suspended last week for bringing a pocket knife to school, need a note",
        "he wants to die his hair blue for the game lol",
        "mi mama dice que me va a matar si llego tarde jaja",
        "i need to go to the er right now for my wifes c section, can i cancel my appt",
        "something is really wrong with my bill",
    ],
)
def test_round15_lookalikes_raise_no_alarm(triage: Triage, text: str) -> None:
    assert triage.check(text) is None, triage.check(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [  # ...while the person next to the pet, or the viewer, still gets help
        ("my son was bitten by our dog and it wont stop bleeding", "bleeding"),
        ("our dog knocked me down and i hit my head, now im throwing up", "head_injury"),
        ("my dog bit a stranger and his arm is torn open and gushing blood", "bleeding"),
        ("our cat knocked a candle over, theres smoke everywhere and cant breathe", "breathing"),
        ("we were watching tv when a man broke in with a knife and hes threatening us", "harm_to_others"),
        ("i was watching tv and suddenly my chest started hurting bad", "cardiac"),
        ("was watching a movie and a guy had a heart attack and now my chest hurts too", "cardiac"),
    ],
)
def test_round15_people_beside_the_lookalike_still_get_help(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    ("text", "category"),
    [  # round 15 misses: a weapon taken to school, threats and intent said of someone else, in Spanish too
        (
            "my daughter says a boy in her class is taking a knife to school monday to stab the kid who bullied him",
            "harm_to_others",
        ),
        ("my nephew keeps saying he'll shoot up his school", "harm_to_others"),
        ("mi esposo anda con un machete y esta gritando", "harm_to_others"),
        ("mi papa dice que va a matar a mi mama", "harm_to_others"),
        ("my friend wants to die and wont talk to me", "suicidal"),
        ("mi hermano se quiere matar, no se que hacer", "suicidal"),
        ("mi mama dice que quiere morirse", "suicidal"),
        ("tengo que ir a urgencias ya, algo anda muy mal conmigo", "possible_emergency"),
        ("i have to get to the er asap, something is seriously wrong with my husband", "possible_emergency"),
    ],
)
def test_round15_misses_are_caught_in_new_words(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    ("text", "category"),
    [  # round 15, the right reason: a pain scale at the top, a red line from a bug bite is an infection,
        # the sugar's owner named before the number, hallucinations are delirium, an aide's "my client"
        ("my back pain is a 10 out of 10 since i lifted the box", "severe_pain"),
        ("the cramps are like a 9 out of 10 and nothing helps", "severe_pain"),
        ("got a mosquito bite and the red is spreading, its warm", "spreading_infection"),
        ("the spider bite on my leg is swollen and the swelling is spreading fast", "envenomation"),
        ("la azucar de mi papa marca 40 y esta temblando", "dangerous_reading"),
        ("the resident in room 4 is suddenly hallucinating and doesnt know where she is", "altered_mental_status"),
        ("grandma started seeing bugs on the wall today and picking at the air", "altered_mental_status"),
        ("my client is suddenly confused and her right arm is weak", "stroke"),
    ],
)
def test_round15_the_reason_staff_see(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    "text",
    [
        "my pain is usually a 3 out of 10, can i get a refill",
        "my knee pain is a 9 out of 10 on bad days, can i get a referral to ortho",
        "am i seeing things or did my copay double",
        "the new med made me hallucinate a little the first night, is that normal",
    ],
)
def test_round15_scales_and_hallucinations_that_are_not_emergencies(triage: Triage, text: str) -> None:
    assert triage.check(text) is None, triage.check(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [  # round 15 probe: a slow heart said without "rate", alcohol and pills with a sign, Spanish jumping,
        # vomit written "thrown up", a cold white foot with no cold weather (a blocked artery)
        ("my moms heart is beating really slow, like 38, and shes weak and dizzy", "heart_rhythm"),
        (
            "my roommate drank a bunch of beer and took his sleeping pills, now hes snoring weird and wont respond",
            "overdose",
        ),
        ("mi hermano dice que se va a aventar del edificio", "suicidal"),
        ("she has thrown up blood three times since lunch", "bleeding"),
        ("out of nowhere my left hand is ice cold and white and i cant feel it", "limb_circulation"),
        ("my toes went white and numb after shoveling snow all morning", "heat_cold"),
    ],
)
def test_round15_probe_gets_the_right_reason(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    "text",
    [
        "he almost fainted at the gym, is that normal",
        "my aunt will have a stroke if she sees what i spent lol",
        "how can you tell if someone is having a stroke or just tired",
        "our class project on a boy who drowned in the river, can a nurse talk to us",
    ],
)
def test_round15_probe_lookalikes_raise_no_alarm(triage: Triage, text: str) -> None:
    assert triage.check(text) is None, triage.check(text)


def test_round15_a_learning_question_with_symptoms_now_is_still_urgent(triage: Triage) -> None:
    flag = triage.check("how do i know if im having a heart attack? my chest is crushing right now and my arm is numb")
    assert flag is not None
    assert flag.category == "cardiac"


@pytest.mark.parametrize(
    ("text", "category"),
    [  # round 16, specialty clinics: the shapes their emergencies take, in other words than the batch
        ("the icd in my chest went off again just now", "cardiac_device"),
        ("my defibrilator fired 4 times today", "cardiac_device"),
        ("a mi abuelo le dio toques el desfibrilador", "cardiac_device"),
        ("dad has a pacer and he keeled over in the yard", "cardiac_device"),
        ("el lvad de mi mama esta pitando y dice flujo bajo", "cardiac_device"),
        ("the heartmate controller is alarming", "cardiac_device"),
        ("im neutropenic and spiked to 101 tonight", "immunocompromised_fever"),
        ("my picc line site is red and i have chills", "immunocompromised_fever"),
        ("la nariz no le para de sangrar desde hace una hora", "bleeding"),
        ("she has bone mets, bad back pain and her legs keep giving out", "spinal_emergency"),
        ("i did everything on my safety plan but i still want to die", "suicidal"),
        ("my crisis plan isnt helping anymore", "suicidal"),
        ("not sure i can keep myself safe this weekend", "suicidal"),
        ("quiero tomarme todas las pastillas del frasco", "suicidal"),
        ("im afraid i will hurt my baby", "harm_to_others"),
        ("tengo miedo de lastimar a mi bebe", "harm_to_others"),
        ("my sister relapsed and shes not responding", "overdose"),
        ("c section 2 weeks ago and a splitting headache that nothing helps", "pregnancy_emergency"),
        ("the cast on his leg is too tight and his toes are white and cold", "limb_circulation"),
        ("la ferula le aprieta y tiene los dedos frios y dormidos", "limb_circulation"),
        ("surgery on my ankle 5 days ago, calf cramping and im winded", "blood_clot"),
        ("i have chf and cant catch my breath, both legs swollen up", "breathing"),
    ],
)
def test_round16_specialty_emergencies_get_their_reason(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    ("text", "category"),
    [  # round 16 known items: a pressure "very high" with a sign of damage, a top rating said of "it", a device
        # or line site red and warm (a nurse today; with fever on chemo it is 911)
        ("my blood pressure is really high and my vision is blurry", "dangerous_reading"),
        ("la presion la tengo por las nubes y me duele mucho la cabeza", "dangerous_reading"),
        ("on a scale of one to ten its at a 10", "severe_pain"),
        ("del 1 al 10 es un 9", "severe_pain"),
        ("the skin over my defibrillator is swollen and hot", "spreading_infection"),
        ("my dialysis fistula is red and warm", "spreading_infection"),
        ("mi puerto esta rojo e hinchado", "spreading_infection"),
    ],
)
def test_round16_known_items_get_their_reason(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    "text",
    [  # round 16 look-alikes: device and line errands, therapy errands, ratings of a visit, a shot's sore arm
        "my icd has never gone off, is that ok",
        "what should i do if my defibrillator shocks me",
        "what is the icd 10 code for my visit",
        "the lvad coordinator asked me to bring my spare batteries",
        "my port needs to be flushed next week",
        "can you send me a new copy of my safety plan",
        "thank you for everything, bye!",
        "ok great thanks for everything goodbye",
        "im sweating in this heat and my arm is sore from the covid booster",
        "on a scale of 1 to 10 i would give the nurse a 10",
        "my blood pressure has been high lately, can i get my meds adjusted",
        "my cast itches and my toes get cold in the winter",
        "when do i need my next pacemaker check",
        "had my baby 3 years ago and still get migraines sometimes, can i see neuro",
    ],
)
def test_round16_lookalikes_raise_no_alarm(triage: Triage, text: str) -> None:
    assert triage.check(text) is None, triage.check(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [  # round 16 probe: lay names of the devices, an infusion, cancer in the bones with legs failing, a plan
        # with no session left, nothing helping with the means in view, clean then used, a voice telling harm
        ("my shocker zapped me while i was driving", "cardiac_device"),
        ("the ventricular assist device keeps beeping at us", "cardiac_device"),
        ("had my infusion on monday and now i have a fever of 101", "immunocompromised_fever"),
        ("his cancer is in his bones and since this morning he cant stand up", "spinal_emergency"),
        ("i wont be around for our next session, i have it all worked out", "suicidal"),
        ("nothing is helping tonight and im staring at my pills", "suicidal"),
        ("he was sober for a year but used tonight and now hes not breathing right", "overdose"),
        ("a voice keeps telling me i should drown the baby", "harm_to_others"),
    ],
)
def test_round16_probe_misses_are_caught_in_new_words(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    "text",
    [
        "my fever came after my iron infusion last week, its gone now",
        "im not going to make it to my appointment, i have it all planned out for next week",
        "cant make it to my therapy session, got it all figured out with my boss for next week",
        "my dad has bone cancer and cant walk far, we need a wheelchair form",
        "i was sober 2 years but had a drink at the wedding, can i talk to my counselor",
        "my pacemaker makes me a little dizzy when i stand up too fast sometimes",
        "my legs get weak after long walks since my back surgery years ago",
        "nothing is working for my acne and i keep looking at the pill bottle wondering if i should start",
    ],
)
def test_round16_probe_lookalikes_raise_no_alarm(triage: Triage, text: str) -> None:
    assert triage.check(text) is None, triage.check(text)


@pytest.mark.parametrize(
    "text",
    [
        # a shot at a place or in a body part is a vaccine or injection, not a gunshot
        "is my tetanus shot at the clinic covered by insurance",
        "can my daughter get her shots at school this year",
        # a pharmacy's or office's mistake, nothing taken yet
        "cvs filled my prescription with the wrong pills, what do i do",
        "the office sent me the wrong medication to the pharmacy",
        # a fracture asked about, not described: no deformity, head, neck or numbness
        "he fell off his skateboard and his ankle is swollen, could be broken?",
        # laughing, not dying
        "lol im dying of laughter at the parking instructions",
    ],
)
def test_round16_lead_lookalikes_raise_no_alarm(triage: Triage, text: str) -> None:
    assert triage.check(text) is None, triage.check(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my brother got shot in the leg at the park", "trauma"),
        ("the pharmacy gave me the wrong pills and my son swallowed two", "overdose"),
        ("fell off the roof and his arm is broken and bone is sticking out", "trauma"),
        ("im killing myself, laughing it off doesnt work anymore", "suicidal"),
    ],
)
def test_round16_lead_exclusions_keep_the_emergency(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    ("text", "category"),
    [  # round 17 (batch 17, specialty clinics), each mechanism in words not in the batch: a potassium reading or
        # "high" with weak muscles or a skipping heart, dialysis missed with the same; blood after tonsils out; a
        # throat abscess or post-op neck swelling; coffee grounds in Spanish; adrenal crisis and thyroid storm;
        # nothing eaten or drunk for days; SJS; a curtain far from "vision"; acute glaucoma; delirium
        ("potassium came back 6.9 per the dialysis unit", "dangerous_reading"),
        ("my potassium is high and my heart keeps skipping", "dangerous_reading"),
        ("el potasio me salio alto y siento el corazon brincando", "dangerous_reading"),
        ("didnt go to dialysis friday and my heart is beating slow and weird", "heart_rhythm"),
        ("blood keeps coming from my sons throat 7 days after his tonsils came out", "bleeding"),
        ("escupe sangre despues de la cirugia de amigdalas", "bleeding"),
        ("cant open my mouth more than a finger and my throat is killing me on the left", "breathing"),
        ("se me hincho un lado de la garganta y no puedo tragar", "breathing"),
        ("my neck is puffing up since my thyroid surgery this morning and breathing feels hard", "breathing"),
        ("mi vomito parece borra de cafe", "bleeding"),
        ("i have addisons disease and ive been throwing up since last night and feel faint", "endocrine_emergency"),
        ("se me acabo la prednisona hace una semana y estoy muy debil y vomitando", "endocrine_emergency"),
        ("my hyperthyroid daughter has a fever of 102 and her heart is racing", "endocrine_emergency"),
        ("my dad hasnt eaten or had anything to drink since tuesday", "dehydration"),
        ("la abuela no quiere comer ni beber desde el domingo", "dehydration"),
        ("my skin is peeling off in patches and i have a fever since starting lamotrigine", "rash_emergency"),
        ("blisters inside his mouth plus a rash and fever of 102", "rash_emergency"),
        ("there is a grey curtain slowly coming down across the vision in my right eye", "eye_emergency"),
        ("my eye is in terrible pain and i see rainbow halos around the lights", "eye_emergency"),
        ("grandma was fine at breakfast and now she is confused and grabbing at the air", "altered_mental_status"),
    ],
)
def test_round17_specialty_emergencies_get_their_reason(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    ("text", "category"),
    [  # round 17 known items: a past date does not silence what is live now; voices telling self-harm are 988;
        # a limp, floppy baby is unresponsive
        ("i fainted last week and it happened again today", "unresponsive"),
        ("had a seizure last year and now hes shaking all over", "seizure"),
        ("i took 30 tylenol last week", "overdose"),
        ("my son swallowed a magnet last week", "poisoning"),
        ("had my tonsils out 2 weeks ago, spitting blood", "bleeding"),
        ("i was suicidal last year", "suicidal"),
        ("i hear voices that say i should hurt myself", "self_harm"),
        ("the voices keep telling me to end my life", "suicidal"),
        ("oigo voces que me dicen que me mate", "suicidal"),
        ("my son hears voices telling him to hurt himself", "self_harm"),
        ("my brother hears voices telling him to hurt people", "harm_to_others"),
        ("my 5 week old is limp and pale", "unresponsive"),
        ("mi bebe esta aguadita y no quiere el pecho", "unresponsive"),
    ],
)
def test_round17_known_items_get_their_reason(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    "text",
    [  # round 17 look-alikes: events dated in the past and over; clinic errands round the new rules' words
        "pain was a 10 out of 10 when he broke his arm last year",
        "i fainted last week when i had a seizure",
        "he passed out in june when he had the flu, the school needs a note",
        "my sugar dropped to 40 last year when i changed insulin, can i get a new meter",
        "the pain was unbearable when i had my kidney stone in 2021, can i get a urology referral",
        "tuve una convulsion hace dos anos y necesito una carta para el trabajo",
        "when is my fistula ultrasound",
        "can my potassium be checked at my next dialysis",
        "my son gets his tonsils out next month, what should he eat after",
        "my throat is scratchy from my allergies, can i get my flonase refilled",
        "need my hydrocortisone refilled before my trip",
        "black stool from iron pills like the doctor said",
        "the window curtain in the waiting room is broken",
        "my skin is peeling from the retinol cream",
        "grandpa is not eating much since his dentures broke",
        "my baby has a limp since she started walking",
        "i ate way too many oranges at the party lol",
    ],
)
def test_round17_lookalikes_raise_no_alarm(triage: Triage, text: str) -> None:
    assert triage.check(text) is None, triage.check(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [  # round 17 probe: fluid on the lungs (cannot lie flat), potassium written "k", a new organ, vomit the colour
        # of coffee, barely a sip for days, not deserving to live
        ("missed my dialysis and i have to sleep sitting up now", "breathing"),
        ("mi papa falto a la dialisis y no puede acostarse, se ahoga", "breathing"),
        ("nurse says my k was 7.2", "dangerous_reading"),
        ("k+ came back 6.8", "dangerous_reading"),
        ("i got a new kidney last spring and now i have chills and 101", "immunocompromised_fever"),
        ("threw up stuff the color of coffee", "bleeding"),
        ("my mom has hardly drunk anything for three days and is really dizzy", "dehydration"),
        ("i dont deserve to live anymore", "suicidal"),
        ("no merezco vivir", "suicidal"),
    ],
)
def test_round17_probe_misses_are_caught_in_new_words(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    "text",
    [  # round 17 probe look-alikes: a finished episode of confusion, lying flat for a bad back, a normal "k"
        "she was confused for a few weeks after her fall in 2023, neurology wants records",
        "my back hurts so i cant lie flat, can i get a pt referral",
        "my k level was 4.2, all good?",
        "coffee makes me throw up in the morning, should i switch to tea",
        "i have a lung transplant consult, do i need to fast",
    ],
)
def test_round17_probe_lookalikes_raise_no_alarm(triage: Triage, text: str) -> None:
    assert triage.check(text) is None, triage.check(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [  # round 18: violence (strangled, hit with a mark, an elder's carer, trafficking, a threat shouted), assault in
        # indirect words, elders (suddenly lost, things in the walls, not out of the chair, not eating for days),
        # readings sent bare, a found overdose, a fall then vomiting and drowsy, a hip too painful to move
        ("my ex strangled me on saturday and swallowing still hurts", "harm_to_others"),
        ("she grabbed him by the throat and he went limp for a second", "harm_to_others"),
        ("el me apretaba el cuello hasta que vi todo negro", "harm_to_others"),
        ("her stepfather kicked her and now she has bruises on her legs", "harm_to_others"),
        ("mi nieta dice que su novio la golpea y tiene marcas en el brazo", "harm_to_others"),
        ("dad's caregiver is rough with him, theres bruises on his arms and he's afraid of her", "harm_to_others"),
        ("they keep my passport and wont let me leave the farm", "harm_to_others"),
        ("my husband is yelling he will kill us, we locked ourselves in", "harm_to_others"),
        ("my date forced me after the movie, i keep shaking", "sexual_assault"),
        ("i told him to stop but he wouldnt stop", "sexual_assault"),
        ("her coach touched her private parts at practice", "sexual_assault"),
        ("woke up in some guys bed, dont remember leaving the bar and my clothes are gone", "sexual_assault"),
        ("my grandmother suddenly doesnt recognize her own house", "altered_mental_status"),
        ("dad says there are kids on the ceiling watching him", "altered_mental_status"),
        ("my aunt hasnt eaten in 4 days and is too weak to stand", "dehydration"),
        ("bp 74/42", "dangerous_reading"),
        ("hr 190 lightheaded", "heart_rhythm"),
        ("my son fell off the swing, threw up and is so sleepy", "head_injury"),
        ("my brother is barely breathing, there are pills all over the floor", "overdose"),
        ("grandpa slipped and screams when we touch his hip", "trauma"),
        ("the resident has a fever of 101 and her words dont make sense", "serious_infection"),
    ],
)
def test_round18_emergencies_get_their_reason(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    "text",
    [  # round 18 look-alikes: a choke that ended, a calendar blacked out, a readings log, forced errands, a past
        # hit, a threat to a brother over a game, a bump with a bruise
        "my son choked on a grape and coughed it up right away, hes fine now",
        "i blacked out the days on the schedule when im away",
        "oxigeno 98 pulso 80 presion 120 80",
        "my wife forced me to finally book this physical",
        "my brother hit me with a pillow lol",
        "my son hit his knee on the table, big bruise, should i ice it",
        "he keeps saying hes gonna kill his sister at fortnite",
        "she kicked my shin in her sleep, do you have any openings",
    ],
)
def test_round18_lookalikes_raise_no_alarm(triage: Triage, text: str) -> None:
    assert triage.check(text) is None, triage.check(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # delirium on dementia: a marked new change lifts the chronic-baseline veto
        ("nana has dementia but since last night she is much more confused and wont eat", "altered_mental_status"),
        ("mi abuelo con demencia desde ayer esta mucho mas confundido", "altered_mental_status"),
        # sickle cell: chest or breathing, or a pain crisis the home plan does not control
        ("my nephew has sickle cell and his chest hurts and hes short of breath", "sickle_cell_crisis"),
        ("sickle cell pain crisis, my morphine at home isnt working", "sickle_cell_crisis"),
        # heart failure: pounds gained in days with breathlessness
        ("chf patient, up 4 lbs since friday and i get breathless in bed", "breathing"),
        # kidney stone with fever; a growing bruise on a thinner
        ("passing a kidney stone and now i have chills and a temp of 101", "urology_emergency"),
        ("on xarelto and the bruise on my hip keeps spreading", "bleeding"),
        # seizure cluster, rescue medicine that failed; ketone number
        ("my son with epilepsy has had seizures back to back all morning", "seizure"),
        ("type 1, blood ketones 4 2 and nauseous", "dangerous_reading"),
    ],
)
def test_round19_chronic_decompensations_get_their_reason(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    "text",
    [
        "grandma has dementia, same as always, can we get a home aide",
        "sickle cell clinic appointment follow up next week please",
        "i get a little short of breath on the stairs, can we talk at my physical",
        "need ketone strips and pen needles for my daughter",
        "had a kidney stone two years ago, no fever, need my urology records",
        "on warfarin, small bruise on my arm from the blood draw",
    ],
)
def test_round19_lookalikes_raise_no_alarm(triage: Triage, text: str) -> None:
    assert triage.check(text) is None, text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a medicine's toxic reaction: two signs with a medicine that can cause it, or a dose raised
        ("my wife's new antidepressant, she is confused, shaking and has a fever of 103", "overdose"),
        ("since they upped his dose he is rigid and burning up", "overdose"),
        ("my dad took his heart pill then forgot and took it again, now sees yellow halos", "overdose"),
        ("mi mama toma digoxina y ve todo amarillo", "overdose"),
        ("my husband is on percocet and is so drowsy he keeps nodding off mid sentence", "overdose"),
        ("my 2 year old put grandmas nicotine patch in his mouth", "poisoning"),
        ("my daughter was sucking on grandpas old pain patch", "poisoning"),
        # angioedema: the swollen tongue explains the odd speech
        ("my wife's tongue is blowing up, she takes lisinopril, she can barely talk", "anaphylaxis"),
        ("after the dye for my scan i broke out in welts and my throat feels tight", "anaphylaxis"),
        # the aorta; a limb without blood (blocked artery, or swelling after an injury)
        ("feels like something is ripping inside his chest and it goes to his back", "vascular_emergency"),
        ("tengo un dolor desgarrador en el pecho que se va hacia la espalda", "vascular_emergency"),
        ("my foot turned white and ice cold an hour ago and it hurts so bad", "limb_circulation"),
        ("after the motorcycle accident his shin is swollen tight and the pain is unbearable", "limb_circulation"),
        # a bowel obstruction; a dressing full of blood
        ("three days no gas at all and i keep vomiting, stomach is tight as a drum", "abdominal_emergency"),
        ("my dads bandage is soaked with blood two days after his hip surgery", "bleeding"),
        # threats said indirectly or relayed; a suicide threat relayed, armed, is suicide
        ("my cousin posted a pic of his rifle and said monday everyone at work will pay", "harm_to_others"),
        ("he grabbed the gun and said nobody is going to stop him this time", "harm_to_others"),
        ("dice que van a balacear la escuela", "harm_to_others"),
        ("my brother texted that he is going to shoot himself, he has his hunting rifle", "suicidal"),
        ("mi hijo dice que se quiere matar y tiene una navaja", "suicidal"),
        ("he said he is going to kill himself and take the kids with him, he has a gun", "harm_to_others"),
        # voices naming another person too: the danger to others outranks (the guidance names 911 and 988)
        ("the voices say to hurt myself and my mom", "harm_to_others"),
        ("voices keep telling me to kill myself and my roommate", "harm_to_others"),
        # a new deficit after a dated stroke
        ("my husband had a stroke last week and now he cant talk", "stroke"),
        ("dad had a mini stroke in june and this morning his face is drooping again", "stroke"),
    ],
)
def test_round20_emergencies_get_their_reason(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    "text",
    [
        "my husband had a stroke last week, need a follow up appointment",
        "my mom had a stroke 2 years ago and still cant talk well, need a speech therapy referral",
        "started zoloft and i feel a bit jittery and sweaty, is that normal",
        "grandpa's oxycodone makes him so sleepy after lunch, can the dose be lowered",
        "tramadol makes me drowsy, can i drive on it",
        "i put the medicine in his mouth and he spit it out",
        "she took all her pills out of the bottles to put them in the organizer",
        "my fingers turn white and numb when its cold outside, raynauds",
        "my aortic aneurysm scan is due, when can i schedule it",
        "i tore my hamstring and it was ripping pain, need pt referral",
        "had bowel surgery, no gas yet on day 1, the nurse said thats expected",
        "my dressing has a few spots of blood, should i change it",
        "my son was playing fortnite and said he'll make everyone pay lol",
        "my husband keeps his hunting rifle in the safe, do you do gun safety counseling",
    ],
)
def test_round20_lookalikes_raise_no_alarm(triage: Triage, text: str) -> None:
    assert triage.check(text) is None, text


def test_strangulation_guidance_sends_to_the_er_even_when_fine_now_in_both_languages(triage: Triage) -> None:
    en = triage.check("he choked me last night but i feel ok now")
    es = triage.check("mi esposo me ahorco anoche pero ya me siento bien", lang="es")
    assert en is not None
    assert es is not None
    assert (en.category, es.category) == ("harm_to_others", "harm_to_others")
    assert "emergency room now even if you feel fine" in en.guidance
    assert "urgencias ahora aunque se sienta bien" in es.guidance
