"""Red-flag triage: real phrasing is caught, benign look-alikes are not, rules fail loudly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

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
        # the lead's batch 28 (English written by non-native speakers): its misses and a reason put right
        ("my husband he cannot speak good since morning, his mouth is going to one side", "stroke"),
        ("my father fall down in bathroom and now he not answering when we call him", "unresponsive"),
        ("my daughter she cut herself with knife on the arm, many times, she is 15", "self_harm"),
        ("the kid drink the cleaning liquid from under the sink, what i do", "poisoning"),
        (
            "good morning doctor, sorry to bother, my wife since 20 minutes has the arm weak and the face is falling"
            " on the right side",
            "stroke",
        ),
        ("the old man next door I found him on the floor, he is breathing but not open the eyes", "unresponsive"),
        ("I am having contractions and I am only 30 week, also bleeding", "pregnancy_emergency"),
        ("our baby 4 months is not breathing normal, stops and becomes blue", "breathing"),
        ("i dont want to live anymore, can i see someone", "suicidal"),
        ("my chest is very tight and i cannot take the air, my inhaler not helping", "breathing"),
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
        # the lead's batch 28: an idiom asking for a visit, a fever said to be gone
        "i dont want to live with this back pain more, can i see the doctor this week",
        "after my operation the fever is gone and the wound is good, when i come to remove the stitches",
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
    "word",
    [
        *["veces", "queme", "chueco", "muerto", "cuida", "siete", "nueve", "hombre", "parada", "calle"],
        *["dolares", "suelen", "pagando", "acaso", "cheque", "despertando", "damos", "cunado"],  # round 57
    ],
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


def test_a_word_list_only_cuts_name_is_never_what_a_typo_becomes(tmp_path: Path) -> None:
    # a cut's filler words are not signs: "updte" must not turn into the cut's "update" (nor into anything a rule
    # reads), while a list a category names still puts its words' typos right
    path = tmp_path / "rules.yaml"
    path.write_text(
        "lexicons:\n  filler: [update, honestly]\n  sign: [bleeding]\n"
        "exclusions: ['^(?: (?:{filler})){0,3}? just kidding\\b']\n"
        "categories:\n  - id: bleeding\n    action: call_911\n    guidance: {en: a, es: b}\n"
        "    patterns: ['\\b{sign}\\b']\n",
        encoding="utf-8",
    )
    rules = Triage.load(path)
    assert rules.prepare("updte on mom, honstly") == " updte on mom honstly "
    assert rules.prepare("honestly just kidding").strip() == ""
    assert rules.prepare("bleedng a lot") == " bleeding a lot "


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


@pytest.mark.parametrize(
    "word",
    [
        *["killed", "color", "ordering", "watching", "socks", "strips", "tastes"],
        *["mailed", "rushed", "radiation", "figuring", "rambling", "swears", "sedating", "pinched"],  # round 57
    ],
)
def test_real_words_one_slip_from_a_rule_word_stay_as_written(triage: Triage, word: str) -> None:
    assert triage.prepare(f"the {word} thing").split() == ["the", word, "thing"]


def test_round15_a_learning_question_with_symptoms_now_is_still_urgent(triage: Triage) -> None:
    flag = triage.check("how do i know if im having a heart attack? my chest is crushing right now and my arm is numb")
    assert flag is not None
    assert flag.category == "cardiac"


def test_strangulation_guidance_sends_to_the_er_even_when_fine_now_in_both_languages(triage: Triage) -> None:
    en = triage.check("he choked me last night but i feel ok now")
    es = triage.check("mi esposo me ahorco anoche pero ya me siento bien", lang="es")
    assert en is not None
    assert es is not None
    assert (en.category, es.category) == ("harm_to_others", "harm_to_others")
    assert "emergency room now even if you feel fine" in en.guidance
    assert "urgencias ahora aunque se sienta bien" in es.guidance


FIXES = yaml.safe_load((Path(__file__).parents[1] / "data" / "triage_fixes.yaml").read_text(encoding="utf-8"))


def test_every_fix_group_is_well_formed() -> None:
    for group in FIXES:
        assert {"round", "title"} <= group.keys() <= {"round", "title", "why", "urgent", "benign"}, group
        assert group.get("urgent") or group.get("benign"), group["title"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        pytest.param(text, category, id=f"r{group['round']} {text[:50]}")
        for group in FIXES
        for text, category in group.get("urgent", [])
    ],
)
def test_fixed_emergencies_get_their_reason(triage: Triage, text: str, category: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"r{group['round']} {text[:50]}") for group in FIXES for text in group.get("benign", [])],
)
def test_fixed_lookalikes_raise_no_alarm(triage: Triage, text: str) -> None:
    assert triage.check(text) is None, triage.check(text)


# Round 39: a message that is both a 911 emergency and a 988 crisis keeps the 911 category and names the crisis too.
@pytest.mark.parametrize(
    ("text", "category", "also"),
    [
        ("my sister slashed her wrists on purpose and the towel is soaked, it keeps pouring", "bleeding", "self_harm"),
        ("he swallowed the whole bottle of oxycodone because he wants to die, hes so drowsy", "overdose", "suicidal"),
        ("se tomo todas las pastillas de su mama porque no quiere vivir", "overdose", "suicidal"),
        ("im cutting again and it wont stop bleeding no matter how hard i press", "bleeding", "self_harm"),
        # "I cut myself again" in Spanish is the relapse, said as plainly as "cutting again"
        ("mi hermana se volvio a cortar el brazo y la sangre no para", "bleeding", "self_harm"),
        # round 69: a self-inflicted wound bleeding now, however the bleeding or the intent is said (suicide denied is
        # still self-harm; "me corte ... otra vez", a blade, a history of cutting)
        *[
            (text, "bleeding", "self_harm")
            for text in (
                "cut my arm on purpose tonight, not trying to kill myself, but its deep and the blood keeps running"
                " through the towel",
                "me volví a cortar la pierna con una navaja y no deja de salir sangre",
                "been scratching my forearm open with a blade again to cope, this one wont quit bleeding even with"
                " pressure",
                "me corté los brazos otra vez con una navaja y esta vez no para de sangrar",
                "hx of cutting, tonight a new deep cut on her wrist, gaping and still oozing",
                "no estaba tratando de matarme pero me corte muy profundo y no para de sangrar",
                "not trying to kill myself, i cut my arm tonight and its deep and wont stop bleeding",
            )
        ],
    ],
)
def test_an_emergency_that_is_also_a_crisis_names_both(triage: Triage, text: str, category: str, also: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert (flag.category, flag.also, flag.categories) == (category, also, (category, also))


@pytest.mark.parametrize(
    ("text", "lang", "first", "then"),
    [
        ("i cut myself on purpose and it wont stop bleeding", "en", "Call 911 now.", "988"),
        ("me corte a proposito para cortarme las venas y no para de sangrar", "es", "Llame al 911 ahora.", "988"),
        ("took all my sleeping pills because i want to die", "en", "Call 911 now", "988"),
    ],
)
def test_the_guidance_of_both_is_the_911_guidance_then_the_crisis_line(
    triage: Triage, text: str, lang: str, first: str, then: str
) -> None:
    flag = triage.check(text, lang)
    assert flag is not None, text
    assert flag.also is not None, flag
    main = next(c for c in triage.categories if c.id == flag.category).guidance[lang]
    assert flag.guidance.startswith(main)  # the 911 guidance, whole, first
    assert first in flag.guidance.split(then)[0]  # 911 comes before the crisis line
    assert then in flag.guidance[len(main) :]
    sentences = [s for s in flag.guidance.split(". ") if s]
    assert len(sentences) == len(set(sentences))  # no sentence said twice


@pytest.mark.parametrize(
    "text",
    [
        "cut my hand slicing onions and it wont stop bleeding",  # a plain bleed
        "me corte la mano con un vidrio y no para de sangrar",
        "i have been cutting myself again, not deep, i need to talk to someone",  # a plain self-harm message
        "i want to die, i cant do this anymore",
        "fever and shaking chills and i feel like im going to die",  # fear of dying is no wish to
    ],
)
def test_a_plain_bleed_or_crisis_names_no_second_category(triage: Triage, text: str) -> None:
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.also is None, flag


def test_batch_rows_naming_a_crisis_too_get_it() -> None:
    brain_triage = Triage.load()
    rows = [
        json.loads(line)
        for path in sorted((Path(__file__).parents[1] / "data").glob("red_flags_batch*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if '"also"' in line
    ]
    assert len(rows) >= 2
    for row in rows:
        flag = brain_triage.check(row["text"])
        assert flag is not None, row["text"]
        assert (flag.category, flag.also) == (row["category"], row["also"]), row["text"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # round 40: an old stroke told, then a new deficit after "pero hoy": the history goes, the new sign stays
        ("mi papa tuvo un derrame hace anos pero hoy amanecio sin poder mover el brazo", "amanecio sin poder mover"),
        ("my mom had a stroke years ago but this morning she woke up unable to move her leg", "unable to move her leg"),
    ],
)
def test_a_new_deficit_after_an_old_stroke_is_read(triage: Triage, text: str, kept: str) -> None:
    assert kept in triage.prepare(text)
    flag = triage.check(text)
    assert flag is not None, text
    assert flag.category == "stroke", flag


@pytest.mark.parametrize(
    "text",
    [
        "how do i cancel my appt? got called into work that day and cant get out of it",
        "got roped into a double shift and cant get out of it, need to move my thursday visit",
    ],
)
def test_round60_getting_out_of_an_obligation_is_not_being_out_of_it(triage: Triage, text: str) -> None:
    assert triage.check(text) is None


def test_round60_out_of_it_told_beside_the_phrase_is_still_read(triage: Triage) -> None:
    flag = triage.check("cant get out of it, my mom is so out of it and confused since lunch")
    assert flag is not None
    assert flag.category == "altered_mental_status"
