"""The FAQ matcher: answers only when sure, asks when two entries tie, declines what is not for it."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

import faq
from faq import Matcher, context, lexicon, scope
from faq import matcher as matcher_module
from faq.metrics import Outcome, load_cases, score
from faq.typos import Speller
from routing.brain import Brain
from routing.states import Route
from routing.triage import PACKAGED_RULES, Triage
from tests.brain.conftest import write_faq

HOURS = """
faqs:
  - id: opening-hours
    questions: ["What are your opening hours?", "When are you open?"]
    answer: Monday to Friday, 8 to 6.
  - id: holiday-hours
    questions: ["What are your holiday hours?", "Are you open on holidays?"]
    answer: Closed on public holidays.
  - id: sore-throat
    questions: ["What should I do for a sore throat?"]
    keywords: [strep]
    answer: Rest, fluids, and call us if it lasts more than a week.
  - id: lockers
    questions: ["Where can I leave my bag?"]
    keywords: [locker, coat check]
    answer: Lockers are next to reception.
  - id: staff-only
    questions: ["I want to dispute a charge"]
    answer: ""
"""


@pytest.fixture
def small(tmp_path: Path) -> Matcher:
    return Matcher(faq.load(write_faq(tmp_path, HOURS)))


def test_answers_a_paraphrase_with_typos_and_sms_speak(matcher: Matcher) -> None:
    best = matcher.match("wat time do u guys open tmrw")
    assert best is not None
    assert best.entry.id == "opening-hours"
    assert 0 < best.score <= 100


def test_rank_gives_distinct_entries_best_first(matcher: Matcher) -> None:
    ranked = matcher.rank("how do i pay my bill", limit=3)
    assert ranked[0].entry.id == "billing-questions"
    assert len({m.entry.id for m in ranked}) == len(ranked) <= 3
    assert [m.score for m in ranked] == sorted((m.score for m in ranked), reverse=True)


def test_nothing_to_rank_in_an_empty_message(matcher: Matcher) -> None:
    assert matcher.rank("🙂") == ()
    assert matcher.assess("").best is None


def test_two_entries_fitting_the_same_words_ask_which_one(small: Matcher) -> None:
    outcome = small.assess("what are your hours")
    assert outcome.best is None
    assert {m.entry.id for m in outcome.clarify} == {"opening-hours", "holiday-hours"}


def test_a_clear_winner_is_answered(small: Matcher) -> None:
    outcome = small.assess("are you open on christmas")  # holidays: christmas is a holiday
    assert outcome.best is not None
    assert outcome.best.entry.id == "holiday-hours"


def test_keywords_match(small: Matcher) -> None:
    best = small.match("is there a locker")
    assert best is not None
    assert best.entry.id == "lockers"


def test_near_miss_on_a_word_of_another_topic_is_not_answered(matcher: Matcher) -> None:
    assert matcher.match("do you do covid testing") is None  # the FAQ has covid *vaccines*
    assert matcher.match("what's the wifi password") is None  # not the portal password


@pytest.mark.parametrize(
    "text",
    [
        "is it normal that my stitches itch",
        "should I stop taking my blood pressure pills before my flu shot",
        "can i take ibuprofen with my lisinopril",
        "what does it mean if my a1c is 7.2",
        "my son has a fever, when are you open",
    ],
)
def test_personal_clinical_questions_are_declined(matcher: Matcher, text: str) -> None:
    outcome = matcher.assess(text)
    assert (outcome.best, outcome.declined) == (None, "clinical")


def test_a_clinical_topic_the_faq_covers_is_answered(small: Matcher) -> None:
    best = small.match("i have a sore throat what should i do")
    assert best is not None
    assert best.entry.id == "sore-throat"


def test_complaints_are_declined(matcher: Matcher) -> None:
    assert matcher.assess("I've been on hold 40 minutes, this is ridiculous, what are your hours").declined == (
        "complaint"
    )


@pytest.mark.parametrize(
    "text",
    [
        "what time do you open? also do you do flu shots?",
        "i need to reschedule my appointment and also get a refill",
        "where do i park and what insurance do you take",
    ],
)
def test_several_requests_in_one_message_are_declined(matcher: Matcher, text: str) -> None:
    outcome = matcher.assess(text)
    assert (outcome.best, outcome.declined) == (None, "multiple")


def test_acknowledgements_are_thanks(matcher: Matcher) -> None:
    for text in ("ok thanks", "got it 👍", "great thx", "perfect, thank you!"):
        best = matcher.match(text)
        assert best is not None, text
        assert best.entry.id == "thanks"


def test_greeting_then_question_answers_the_question(matcher: Matcher) -> None:
    best = matcher.match("hi! where do i park?")
    assert best is not None
    assert best.entry.id == "parking"


def test_spanish_question_matches_the_spanish_phrasing(matcher: Matcher) -> None:
    best = matcher.match("¿a que hora abren el sabado?")
    assert best is not None
    assert best.entry.id == "opening-hours"
    assert best.entry.answer_in("es").startswith("Abrimos")
    assert best.entry.label_in("es") == "Cuál es su horario"
    assert best.entry.label_in("en") == "Opening hours"


def test_spanish_question_matches_an_english_only_faq_through_synonyms(small: Matcher) -> None:
    best = small.match("¿cuál es su horario para los días festivos?")
    assert best is not None
    assert best.entry.id == "holiday-hours"


def test_a_doctors_name_is_not_a_topic_but_still_a_detail(matcher: Matcher) -> None:
    assert matcher.match("is dr lopez in today") is None
    best = matcher.match("id like to book an appointment with dr jones")
    assert best is not None
    assert best.entry.id == "book-appointment"


@pytest.mark.parametrize(
    "text",
    [
        "can my husband come in with me to the appointment",
        "can my mom come with me to my appointment",
        "the baby is coming now",
    ],
)
def test_an_everyday_word_in_one_question_does_not_make_the_match(matcher: Matcher, text: str) -> None:
    # "Can I come in without an appointment?" (walk-ins) shares only "come" and "appointment" with these
    assert matcher.match(text) is None


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("can I bring my baby to my appointment", None),
        ("can I bring a friend to my appointment for support", None),
        ("what should I bring to my appointment", "what-to-bring"),
    ],
)
def test_bringing_a_person_is_not_asking_what_to_bring(matcher: Matcher, text: str, entry: str | None) -> None:
    best = matcher.match(text)
    assert (best.entry.id if best else None) == entry
    assert "companion" not in lexicon.fold_phrases("can i bring my kids shot records to the appointment")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("where can I get a pregnancy test", None),
        ("do you do allergy testing", None),
        ("are my blood test results back", "test-results"),
        ("how do I get my allergy test results", "test-results"),
    ],
)
def test_asking_for_a_test_is_not_asking_for_results(matcher: Matcher, text: str, entry: str | None) -> None:
    best = matcher.match(text)
    assert (best.entry.id if best else None) == entry


def _answer(m: Matcher, text: str) -> str | None:
    best = m.match(text)
    return best.entry.id if best else None


SPARSE = """
faqs:
  - id: hours
    questions: ["What are your hours?"]
    answer: Monday to Friday, 8 to 6.
  - id: after-hours
    questions: ["What if I need help when you are closed?"]
    answer: Call the nurse line.
  - id: booking
    questions: ["How do I make an appointment?"]
    answer: Book online.
  - id: cleaning
    questions: ["How do I book a cleaning?", "How often should I get my teeth cleaned?"]
    answer: Every six months.
  - id: refills
    questions: ["How do I get a refill?"]
    answer: Ask your pharmacy.
  - id: interpreters
    questions: ["Do you have interpreters?"]
    answer: Yes, in many languages.
"""


@pytest.fixture
def sparse(tmp_path: Path) -> Matcher:
    return Matcher(faq.load(write_faq(tmp_path, SPARSE)))


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("yo when do yall close today", "opening-hours"),
        ("a que hora cierran los viernes", "opening-hours"),
        ("are you guys open sat", "opening-hours"),
        ("who do i call when ur closed", "after-hours"),
        ("a quien llamo cuando estan cerrados", "after-hours"),
    ],
)
def test_closing_time_is_an_hours_question_being_closed_is_after_hours(matcher: Matcher, text: str, entry: str) -> None:
    assert _answer(matcher, text) == entry


def test_closing_time_meets_an_faq_that_only_says_hours(sparse: Matcher) -> None:
    assert _answer(sparse, "what time do you close on friday") == "hours"
    assert _answer(sparse, "how late are you open") == "hours"
    assert _answer(sparse, "who do i call when you guys are closed") == "after-hours"


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("i wanna book a checkup", "book-appointment"),
        ("need a check-up", "book-appointment"),
        ("necesito una cita", "book-appointment"),
        ("i want an appointment", "book-appointment"),
        ("do i need an appointment for the flu shot", "flu-vaccine"),  # asks whether one is needed
        # a physical is named here only as a form ("sports physical form"): booking one is still booking
        ("I'd like to schedule a physical", "book-appointment"),
    ],
)
def test_asking_for_an_appointment_or_a_kind_of_visit_is_booking(
    matcher: Matcher, text: str, entry: str | None
) -> None:
    assert _answer(matcher, text) == entry


def test_a_kind_of_visit_the_faq_asks_about_keeps_its_entry(sparse: Matcher) -> None:
    assert _answer(sparse, "can i book a cleaning") == "cleaning"
    assert _answer(sparse, "can i book a checkup") == "booking"


@pytest.mark.parametrize(
    "text",
    [
        "out of my blood pressure pills need more",
        "need more of my thyroid meds",
        "how do i get a refill on my cholesterol meds",
        "necesito mis pastillas para la presion",
    ],
)
def test_a_condition_naming_a_medicine_only_qualifies_it(matcher: Matcher, text: str) -> None:
    assert _answer(matcher, text) == "prescription-refill"


DIABETES = """
  - id: diabetes-clinic
    questions: ["Do you have a diabetes clinic?", "Can you help with my diabetes meds?"]
    answer: Yes, on Tuesdays.
"""


def test_a_condition_the_faq_asks_about_is_still_its_topic(tmp_path: Path) -> None:
    m = Matcher(faq.load(write_faq(tmp_path, SPARSE + DIABETES)))
    assert _answer(m, "can you help with my diabetes pills") == "diabetes-clinic"
    assert "diabetes~" in lexicon.fold_phrases("refill my diabetes meds").split()


def test_no_appointment_is_a_walk_in_and_no_insurance_is_self_pay(matcher: Matcher) -> None:
    assert _answer(matcher, "do you see patients without an appointment") == "walk-ins"
    assert _answer(matcher, "puedo llegar sin hacer cita") == "walk-ins"
    assert _answer(matcher, "do you see patients without insurance") == "self-pay"


@pytest.mark.parametrize(
    "text", ["need a translator for my mom's visit, she speaks vietnamese", "my dad only speaks arabic"]
)
def test_the_language_a_patient_speaks_is_the_interpreter_question(
    matcher: Matcher, sparse: Matcher, text: str
) -> None:
    assert _answer(matcher, text) == "interpreters"
    assert _answer(sparse, text) == "interpreters"


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("got a bill i dont understand", "billing-questions"),
        ("do u have a video call option", "telehealth"),
        ("tengo una duda sobre mi factura", "billing-questions"),
    ],
)
def test_everyday_words_do_not_sink_a_match(matcher: Matcher, text: str, entry: str) -> None:
    assert _answer(matcher, text) == entry


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("what time is my appointment tomorrow", None),
        ("did you get my referral from dr kim", None),
        ("locked out of my portal account", "portal-password"),
    ],
)
def test_looking_a_record_up_is_for_staff(matcher: Matcher, text: str, entry: str | None) -> None:
    assert _answer(matcher, text) == entry


def test_how_long_it_takes_is_not_what_you_take(matcher: Matcher) -> None:
    outcome = matcher.assess("how long does it take to get lab results")
    assert "insurance-accepted" not in {c.entry.id for c in outcome.candidates[:1]}
    assert lexicon.fold_phrases("how many sessions does it usually take").split()[-1] == "usually"


def test_no_insurance_of_a_kind_and_a_missed_appointment_fold_like_the_faq(tmp_path: Path) -> None:
    body = """
faqs:
  - id: insurance
    questions: ["What dental insurance do you accept?"]
    answer: Most PPO plans.
  - id: no-insurance
    questions: ["I don't have dental insurance, how much does it cost?"]
    answer: Our membership plan.
  - id: cancel
    questions: ["How do I cancel?", "Is there a fee for missing an appointment?"]
    answer: 48 hours' notice, or $50.
"""
    m = Matcher(faq.load(write_faq(tmp_path, body)))
    assert _answer(m, "i have no dental insurance") == "no-insurance"
    assert _answer(m, "is there a no show fee") == "cancel"
    assert "cancel" not in lexicon.fold_phrases("i missed my appointment because of traffic").split()


def test_spanish_results_that_arrived_are_results_back(matcher: Matcher) -> None:
    assert _answer(matcher, "¿ya salieron mis resultados?") == "test-results"
    assert _answer(matcher, "ya llegaron mis resultados") == "test-results"


# A sparse family-practice FAQ (one or two formal questions per entry), for the paraphrase mechanisms
# of the peds round: each test says how a parent words a request the FAQ words another way.
FAMILY = """
faqs:
  - id: forms
    questions: ["How do I get a school or sports form completed?"]
    answer: Upload it in the portal; we complete forms within 5 days.
  - id: shots
    questions: ["Which vaccines are given at each age?"]
    answer: Vaccines are given at well visits from 2 months to 12 years.
  - id: lactation
    questions: ["Is breastfeeding support available?"]
    answer: Our lactation consultant sees families on Tuesdays.
  - id: counseling
    questions: ["Can you refer my child to a counselor?"]
    answer: Our behavioral health specialist takes referrals.
  - id: reschedule
    questions: ["How do I cancel or reschedule an appointment?"]
    answer: Give 24 hours notice by phone.
  - id: notes
    questions: ["Do you write excuse letters?"]
    answer: Notes for school or work are given at the visit.
  - id: transfer
    questions: ["How do I transfer my child's records to your office?"]
    answer: Sign a release form at the front desk.
  - id: new-patients
    questions: ["Are you accepting new patients?"]
    answer: Yes, from birth to 18.
  - id: portal
    questions: ["How do I sign up for the patient portal?"]
    answer: Ask the front desk for an activation code.
"""


@pytest.fixture
def family(tmp_path: Path) -> Matcher:
    return Matcher(faq.load(write_faq(tmp_path, FAMILY)))


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("can u fill out my daughters camp health form", "forms"),  # fill out = complete; camp is a school
        ("my son needs his soccer form done", "forms"),  # soccer is a sport
        ("which shots are due at 4 years", "shots"),  # an age, asked about by "each age"
        ("what shots does he get at his 12 month checkup", "shots"),  # "well visits" answers a checkup
        ("need help with breastfeeding", "lactation"),  # help is support, and light where not asked
        ("i need help nursing my baby", "lactation"),  # nursing a baby is breastfeeding
        ("do you have a therapist for kids", "counseling"),
        ("can i move her checkup to next week", "reschedule"),  # the kind and the new date are details
        ("need a note for school, she was out sick yesterday", "notes"),  # an absence asks for an excuse
        ("how do i get my kids records from our old pediatrician", "transfer"),
        ("we just moved here and need a pediatrician", "new-patients"),
    ],
)
def test_a_parent_wording_meets_a_sparse_faq(family: Matcher, text: str, entry: str) -> None:
    assert _answer(family, text) == entry


def test_paraphrase_mechanisms_keep_their_limits(family: Matcher) -> None:
    # a physical therapist is not a counselor; signs of an illness are not signing up
    assert "counselor" not in lexicon.fold_phrases("do you have a physical therapist").split()
    assert "register" not in family.index.analyse("what are the signs of a stroke").terms
    # a parent signing a form is not the form being completed
    assert "complete" not in lexicon.fold_phrases("can my caregiver sign forms for me").split()
    # "patient portal" is the portal, so signing a child up is not a portal question
    assert "patient" not in family.index.analyse("how do i log into the patient portal").terms
    assert _answer(family, "can i sign my daughter up with your practice") != "portal"
    assert _answer(family, "how do i sign my son up for the portal") == "portal"
    # a qualifier the FAQ's own questions ask about is their topic (age~ -> age)
    assert "age" in family.index.topics


def test_planning_for_a_sick_child_is_not_a_clinical_question() -> None:
    assert "condition_if" not in scope.clinical_cues("if my kid gets sick at night who do i call")
    assert "condition_if" in scope.clinical_cues("if my son is sick can he still get his shots")
    assert "advice" not in scope.clinical_cues("just had our baby, when should we bring him in")
    assert "advice" in scope.clinical_cues("should we bring him in")


def test_phrase_rules_by_trigger_fold_like_trying_every_rule_in_order() -> None:
    import json

    from faq.normalize import normalize

    def every_rule(text: str) -> str:
        for pattern, concept, triggers in lexicon.PHRASES:
            if triggers and set(text.split()).isdisjoint(triggers):
                continue
            folded = pattern.sub(concept, text)
            if folded != text:
                text = " ".join(folded.split())
        return text

    data = Path(__file__).resolve().parents[1] / "data"
    bench = Path(__file__).resolve().parents[2] / "bench" / "data"
    texts = [
        normalize(json.loads(line)["text"])
        for path in [*data.glob("*.jsonl"), *bench.glob("*.jsonl")]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(texts) > 1000
    assert [lexicon.fold_phrases(t) for t in texts] == [every_rule(t) for t in texts]


# Round 13: mechanisms for sparse FAQs of any specialty, on a small skin-clinic FAQ written for the tests.
SKIN = """
faqs:
  - id: skin-exam
    title: Skin exams
    questions: ["Do you do full body skin exams?", "Can I book a skin check?"]
    answer: Yes, a full skin exam takes 15 minutes.
  - id: moles
    title: Mole removal
    questions: ["Can you remove a mole?"]
    answer: Yes, moles are removed and tested.
  - id: acne
    title: Acne
    questions: ["Do you treat acne?"]
    answer: Yes, with creams, pills and isotretinoin.
  - id: refills
    title: Refills
    questions: ["How do I get a refill of my cream?"]
    answer: Ask your pharmacy to send a refill request.
  - id: photos
    title: Photos
    questions: ["Can I send a photo of my rash?"]
    answer: Yes, upload it in the portal.
  - id: aftercare
    title: Surgery day
    questions: ["How do I prepare for surgery?"]
    answer: Eat breakfast and take your usual medicines.
"""


@pytest.fixture
def skin(tmp_path: Path) -> Matcher:
    return Matcher(faq.load(write_faq(tmp_path, SKIN)))


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("i want a full body mole check", "skin-exam"),  # a service the FAQ offers, not a symptom
        ("can u take off a mole", "moles"),  # taking off is removing
        ("running low on my ointment, need a refill", "refills"),  # an ointment is a medicine
        ("can u refill my tretinoin", "refills"),  # a drug name is a medicine
        ("do you do accutane", "acne"),  # offering a drug is a treatment, not a refill
        ("can i just text u a pic of this spot", "photos"),  # texting a pic is sending a photo
        ("puedo mandar una foto de mi sarpullido?", "photos"),
        ("what should i do before my surgery", "aftercare"),  # what to do before is preparing
    ],
)
def test_a_patient_wording_meets_a_sparse_specialty_faq(skin: Matcher, text: str, entry: str) -> None:
    found = skin.match(text)
    assert found is not None, skin.assess(text)
    assert found.entry.id == entry


@pytest.mark.parametrize(
    "text",
    [
        "my mole is bleeding, should i worry",  # said of the writer, with a clinical question
        "i have a mole that changed color",  # the writer's own mole
        "his acne is getting worse",
        "can i go in the sun after my surgery",  # aftercare is for a clinician
        "my rash is spreading and really itchy",
    ],
)
def test_a_service_word_said_of_oneself_still_goes_to_staff(skin: Matcher, text: str) -> None:
    assert skin.match(text) is None, skin.assess(text)


def test_a_sparse_entry_matches_on_a_sentence_of_its_answer(tmp_path: Path) -> None:
    sparse = Matcher(faq.load(write_faq(tmp_path, """
faqs:
  - id: address
    questions: ["Where is your office?"]
    answer: We are at 42 Harbor Road. Parking garage.
  - id: hours
    questions: ["What are your hours?"]
    answer: Monday to Friday, 8 to 6.
""")))  # fmt: skip
    found = sparse.match("is there parking")
    assert found is not None
    assert found.entry.id == "address"
    assert sparse.match("my parking ticket was wrong") is None  # a topic word the answer lacks still counts


def test_an_entry_with_keywords_does_not_match_on_its_answer_sentences(tmp_path: Path) -> None:
    full = Matcher(faq.load(write_faq(tmp_path, """
faqs:
  - id: address
    questions: ["Where is your office?"]
    keywords: [directions]
    answer: We are at 42 Harbor Road. Free parking is in front of the building.
""")))  # fmt: skip
    assert not any(p.answer for p in full.index.phrasings)


# The round-14 sparse FAQs (bench/data): an OB/GYN clinic, a community health centre with many
# Spanish-speaking patients, and an orthopedic and imaging center written after the round's fixes.
# Each set is routed exactly as `classify` does; the floor is what the round reached (first runs:
# obgyn 76.9% / 6.0% wrong, chc 66.7% / 6.8%, ortho 60.6% / 2.0%), never a wrong-answer rate above 2%.
BENCH = Path(__file__).resolve().parents[2] / "bench" / "data"


@pytest.mark.parametrize(("name", "accuracy"), [("obgyn", 0.942), ("chc", 0.929), ("ortho", 0.787)])
def test_a_round_14_sparse_faq_keeps_its_floor(name: str, accuracy: float) -> None:
    brain = Brain(faq.load(BENCH / f"{name}_faq.yaml"), Triage.load(PACKAGED_RULES))
    outcomes = []
    for case in load_cases(BENCH / f"{name}_cases.jsonl"):
        decision = brain.decide(case.text)
        outcomes.append(Outcome(case, decision.route.value, decision.faq_id))
    report = score(outcomes)
    assert (report.wrong_answer_rate or 0.0) <= 0.02, report
    assert (report.faq_accuracy or 0.0) >= accuracy, report


def test_round_14_vocabulary_keeps_its_limits() -> None:
    # a baby not moving is not an appointment moved; moving an appointment still is
    assert "movement" in lexicon.fold_phrases("my baby hasnt moved much today").split()
    assert "movement" not in lexicon.fold_phrases("i cant move my appointment to friday")
    # a refill of a named medicine is a refill; "put in touch" is not inserting
    assert lexicon.fold_phrases("need a refill on my birth control pills") == "need a refill medication"
    assert "insert" not in lexicon.fold_phrases("can you put me in touch with billing").split()
    # "drinking water" is not food; "id" alone is "I'd"
    assert "eat" not in {lexicon.term(w) for w in lexicon.fold_phrases("is drinking water safe").split()}
    assert "identification" not in lexicon.fold_phrases("id like to book").split()


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("wat time do yall close tonite", "opening-hours"),
        ("whats the address again, putting it in my gps", "location"),
        ("can i park on the street out front", "parking"),
        ("how long til i get my urine test results", "test-results"),
        ("can i pay my balance off a little at a time", "payment-plans"),
        ("puedo pagar poco a poco", "payment-plans"),
        ("how do i get on the online portal thing", "patient-portal"),
        ("necesito que me surtan mi receta", "prescription-refill"),
        ("how long should i fast before bloodwork", "fasting-blood-test"),
        ("how do i get to your office from the highway", "location"),
        ("i want to make an appt for a checkup", "book-appointment"),
        ("should i bring my insurance card", "what-to-bring"),
        ("tengo que traer mi tarjeta del seguro", "what-to-bring"),
        ("i lost my insurance card", None),
        ("perdi mi tarjeta del seguro", None),
        ("i lost my insurance, how much is a visit", "self-pay"),
    ],
)
def test_held_out_batch_wordings_meet_their_entry(matcher: Matcher, text: str, entry: str | None) -> None:
    """The lead's batches 8-9: SMS spellings, filler ("out front", "in my gps"), "how long til" as "when", paying
    bit by bit, Spanish surtir, directions from a road, an appointment for a kind of visit, a card one brings;
    a lost card is for staff."""
    assert _answer(matcher, text) == entry


def test_how_long_is_answered_by_an_answer_that_gives_a_duration(tmp_path: Path) -> None:
    """The words "how long" are a light question word; the entry whose answer names a duration answers it."""
    body = """\
faqs:
  - id: lens-orders
    questions: ["How do I reorder contact lenses?"]
    answer: Reorder online or by phone. Lenses arrive in 3 to 5 business days.
  - id: lens-care
    questions: ["How should I clean my contact lenses?"]
    answer: Rub and rinse them with fresh solution every night.
"""
    matcher = Matcher(faq.load(write_faq(tmp_path, body)))
    first, second = matcher.rank("how long till my contacts get here")
    assert first.entry.id == "lens-orders"
    assert first.score > second.score
    assert lexicon.HOW_LONG in matcher.index.answered[0]
    assert lexicon.HOW_LONG not in matcher.index.answered[1]


def test_biopsy_results_are_not_the_general_results_answer(matcher: Matcher) -> None:
    """Pathology takes longer and the clinician gives it: the FAQ's 3-5 days answer does not fit."""
    assert matcher.match("how long does it take to get biopsy results") is None


def test_a_sick_visit_is_a_visit_and_whom_to_talk_to_is_the_topic(tmp_path: Path) -> None:
    """ "a sick visit" books a visit where the FAQ never says sick; "who do i talk to about X" asks about X."""
    body = """\
faqs:
  - id: booking
    questions: ["How do I book an appointment?", "Can I schedule a visit?"]
    answer: Call us or book online.
  - id: bills
    questions: ["I have a question about my bill"]
    answer: Call our billing office.
  - id: hours
    questions: ["What are your hours?"]
    answer: Monday to Friday, 8 to 5.
  - id: night
    questions: ["Who do I call if I need help after hours?"]
    answer: Call our main number and press 2 for the nurse line.
"""
    matcher = Matcher(faq.load(write_faq(tmp_path, body)))
    for text, entry in [
        ("can i book a sick visit for today", "booking"),
        ("who do i talk to about my bill", "bills"),
        ("what do i do if i need help after hours", "night"),
    ]:
        assert _answer(matcher, text) == entry, text
    assert matcher.assess("what do i do if i have a fever").declined == "clinical"


# Round 15 (behavioral-health and cardiology FAQs): each mechanism with wordings unlike the bench cases.
_ROUND15 = """\
faqs:
  - id: device-return
    questions: ["How do I return the sleep study kit?"]
    answer: Bring the kit back to the front desk the next morning.
  - id: scan-prep
    questions: ["How do I prepare for a CT scan?", "Can I drink before my CT?"]
    answer: Nothing to drink for 2 hours before. Wear clothes without metal.
  - id: scan-info
    questions: ["What happens during an ultrasound?"]
    answer: A technician moves a probe over your skin; it takes about 30 minutes.
  - id: fees
    questions: ["Do you offer a sliding scale?", "What does a visit cost without insurance?"]
    answer: Visits are $30 to $90 depending on household income.
  - id: cancel
    questions: ["What is your cancellation policy?"]
    answer: Cancel at least 48 hours ahead or a $40 fee applies.
  - id: groups
    questions: ["What support groups do you have?"]
    answer: Our depression support group meets Thursdays 7pm and the insomnia class Saturdays 10am.
  - id: releases
    questions: ["How do I authorize you to share my information?"]
    answer: Sign an authorization for release of information (ROI) at the front desk.
  - id: letters
    questions: ["Can you fill out my paperwork for school?"]
    answer: Forms take 5 business days.
  - id: where
    questions: ["Can I park nearby?"]
    answer: Parking is in the garage at 40 Pine Road, 2nd floor entrance.
"""


@pytest.fixture
def round15(tmp_path: Path) -> Matcher:
    return Matcher(faq.load(write_faq(tmp_path, _ROUND15)))


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("can i mail the kit back", "device-return"),
        ("where do i drop the sleep kit off", "device-return"),
        ("is there any prep for my ct", "scan-prep"),
        ("how much notice do you need for a cancellation", "cancel"),
        ("are your fees income based", "fees"),
        ("whats the self pay price for a visit", "fees"),
        ("what day is the depression support group", "groups"),
        ("i need to sign an roi", "releases"),
    ],
)
def test_round15_paraphrases_meet_a_sparse_faq(round15: Matcher, text: str, entry: str) -> None:
    assert _answer(round15, text) == entry, text


def test_a_test_kind_the_entry_does_not_name_is_not_its_answer(round15: Matcher) -> None:
    """ "Can I drink before my CT?" does not answer the same question about an MRI."""
    assert round15.match("can i drink before my mri") is None
    assert _answer(round15, "can i drink before the ct") == "scan-prep"


def test_an_answer_giving_a_time_or_a_place_answers_when_and_where(round15: Matcher) -> None:
    when, where = lexicon.term("when"), lexicon.term("where")
    ids = [e.id for e in round15.faq.entries]
    assert when in round15.index.answered[ids.index("groups")]
    assert where in round15.index.answered[ids.index("where")]
    assert where not in round15.index.answered[ids.index("fees")]


def test_a_symptom_the_answer_names_is_in_scope_unless_it_is_the_writers(round15: Matcher) -> None:
    assert _answer(round15, "when does the depression support group meet") == "groups"
    assert round15.assess("my depression is worse, when does the support group meet").declined == "clinical"


def test_clinician_titles_self_pay_and_test_wording_fold(round15: Matcher) -> None:
    from faq.index import words

    assert "doctor" in words("can my np send it")
    assert "testrequest" not in words("how long does the exercise test take")
    assert words("is there a fee if i skip my mri") == words("is there a fee if i skip my appointment")
    assert "pay" in words("what is the out of pocket cost")
    assert "without" in words("out of pocket")
    assert "without" not in words("whats my out of pocket max")
    assert lexicon.stem("validation") == lexicon.stem("validate")


# Round 16 (oncology, cardiology, urgent-care and pharmacy FAQs): each mechanism with wordings unlike the
# bench cases.
_ROUND16 = """\
faqs:
  - id: treatment-day
    questions: ["What do I need for my chemotherapy visit?"]
    answer: Bring a list of your medicines and a warm layer. Every chair has wifi.
  - id: diet
    questions: ["Do you offer nutrition counseling?"]
    answer: Yes, our nutrition team sees patients on Wednesdays.
  - id: prosthesis
    questions: ["Do you fit breast prostheses?"]
    answer: Yes, at our boutique. Most insurance plans cover a prosthesis after surgery.
  - id: records
    questions: ["How do I request my records?"]
    answer: Use the patient portal. Allow 5 business days.
  - id: inr
    questions: ["Where can I get my INR checked?"]
    answer: At the anticoagulation clinic on the 2nd floor, weekdays 8 to 4. Call (555) 010-2020.
  - id: new-patients
    questions: ["How do I schedule a new patient visit?"]
    answer: Call (555) 010-2000 with your referral.
  - id: walking
    questions: ["How do I sign up for the walking program?"]
    answer: Ask your nurse for the sign-up sheet.
  - id: monitor
    questions: ["How do I return my event monitor?"]
    answer: Mail it back in the prepaid box. Do not swim with the monitor on.
  - id: results
    questions: ["When are test results ready?"]
    answer: Most results are in the portal within 5 days.
  - id: mri-prep
    questions: ["Can I drink before my MRI?"]
    answer: Yes, drink water as usual before an MRI.
  - id: ct-info
    questions: ["What should I expect at my CT scan?"]
    answer: Drink water as usual; the scan takes 10 minutes.
  - id: insurance
    questions: ["Which insurance plans do you accept?"]
    answer: Most plans, including Medicare.
  - id: shuttle
    questions: ["Is there a shuttle from the parking garage?"]
    answer: The shuttle runs every 10 minutes and costs $2.
  - id: services
    questions: ["What do you treat?"]
    answer: Cuts, burns, sprains and colds. We do not do MRIs.
  - id: authorization
    questions: ["What is a preauthorization?"]
    answer: Your plan approves a treatment before paying for it; we ask for it for you.
"""


@pytest.fixture
def round16(tmp_path: Path) -> Matcher:
    return Matcher(faq.load(write_faq(tmp_path, _ROUND16)))


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("what do i pack for chemo", "treatment-day"),
        ("que traigo para la quimioterapia", "treatment-day"),
        ("is there wifi in the chemo room", "treatment-day"),
        ("do you have a dietician", "diet"),
        ("will my insurance pay for a prosthesis", "prosthesis"),
        ("how do i become a new patient", "new-patients"),
        ("how long until my holter results come in", "results"),
        ("can i swim with my event monitor", "monitor"),
        ("can i drink before my ct scan", "ct-info"),
        ("how much is the shuttle", "shuttle"),
        ("what number do i call for the anticoagulation clinic", "inr"),
        ("what does preauthorization mean", "authorization"),
        ("can u guys take care of a burn", "services"),
    ],
)
def test_round16_paraphrases_meet_a_sparse_faq(round16: Matcher, text: str, entry: str) -> None:
    assert _answer(round16, text) == entry, text


@pytest.mark.parametrize(
    "text",
    [
        "can i drive the day after chemo",  # aftercare: clinical
        "can i check my inr myself at home",  # self-testing is not the clinic's INR check
        "what does my inr of 4 mean",  # a reading, not a definition
        "can i drink before my ct and also do you accept medicare",  # two requests
        "can i swim with my pacemaker",  # an activity the entry's answer does not rule on
        "my burn is blistering, do you treat burns",  # said of the writer
    ],
)
def test_round16_lookalikes_go_to_staff(round16: Matcher, text: str) -> None:
    assert round16.match(text) is None, text


def test_round16_phrases_fold() -> None:
    from faq.index import words

    assert "records" in words("can i get my biopsy slides")
    assert "records" in words("i need the mri on a cd")
    assert "records" in words("a copy of my scans please")
    assert "transfer~" in words("fax my chart to another hospital")
    assert "pricelookup" in words("how much will my inhaler cost")
    assert "transferout" in words("move my prescription to another pharmacy")
    assert "transferout" not in words("move my prescription from another pharmacy to you")
    assert "dispose" in words("how do i toss out expired pills")
    assert "dispose" in words("what should we do with leftover pain pills")
    assert "deliver" in words("can you ship my insulin to my home")
    assert "proxy" in words("can my wife pick up my refill")
    assert "walkin" in words("does the clinic accept walk ins")
    assert set(words("do i book an appointment or walk in")) >= {"appointment", "walkin"}
    assert "injury" in words("my son was injured on the job")
    assert "address" in words("where is the lab located")
    assert "address" not in words("can i come to you for a sprain")
    assert set(words("what is the latest we could check in")) >= {"hours", "close"}
    assert "waitelsewhere" in words("could i be waiting in my car")
    assert "companion" in words("can i bring my 15 year old along to the scan")
    assert "companion" in words("can my parents visit me during my stay")
    assert lexicon.term("expensive") == lexicon.term("cost")
    assert lexicon.term("mris") == lexicon.term("mri")
    assert set(words("what does an xray cost if we pay in cash")) >= {"pay", "without", "insurance"}
    assert "without" not in words("can i pay cash")
    assert "employer" in words("pre-employment physical")
    assert "employer" in words("i need a tb test for my new job")
    assert "treat" in words("do yall see patients for sinus infections")
    assert "treat" not in words("do you do strep tests")
    assert "cost" in words("the price is too high")
    assert lexicon.term("quimio") == lexicon.term("infusion") == lexicon.term("chemotherapy")
    assert lexicon.term("dietitian") == lexicon.term("nutrition")


def test_round16_scope_marks() -> None:
    from faq import scope

    assert "hurt" not in scope.clinical_cues("i got hurt at work, do you do workers comp")
    assert "hurt" in scope.clinical_cues("my back hurts since work")
    assert scope.activities("is it ok to shower with the patch on") == {lexicon.term("shower")}
    assert "activity" in scope.clinical_cues("can i lift weights after my infusion")


# Round 17: small talk around a request, a visit kind named only on a form, a time standing for the visit.
@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # chatter marked as such (laughter, "anyway", "btw") before or after the request
        ("mi esposo se quemo la cena jajaja, a que hora cierran hoy", "opening-hours"),
        ("the traffic today is unreal lol. anyway how do i pay my bill", "billing-questions"),
        ("what are your hours on saturday? my cat just knocked over my coffee haha", "opening-hours"),
        # why one cannot come does not change how a visit is moved
        (
            "i have to reschedule my dentist appointment, my sister is getting married that weekend",
            "reschedule-appointment",
        ),
        # a kind of visit the FAQ names only as what a form is for is still a visit to book
        ("how do i book an annual physical", "book-appointment"),
        ("i would like to schedule a physical for next week", "book-appointment"),
        # a clock time said as something one has is the appointment at that time
        ("can you cancel my 9 30am on thursday", "cancel-appointment"),
        ("need to cancel my 11am please", "cancel-appointment"),
        # a new prescription of one's own medicine, in Spanish, is a refill
        ("ocupo otra receta para mis pastillas", "prescription-refill"),
        ("quiero una nueva receta de mi inhalador", "prescription-refill"),
    ],
)
def test_round17_answers(brain: Brain, text: str, entry: str) -> None:
    decision = brain.decide(text)
    assert decision.faq_id == entry, decision


@pytest.mark.parametrize(
    "text",
    [
        # a second request after small talk stays with staff
        ("can i move my appointment to friday lol, and i need my inhaler refilled"),
        ("haha sorry, can i pay online and also get a copy of my records"),
        # a clinical preamble or afterthought is not small talk
        ("my son has had a fever since sunday lol, when do you open"),
        ("my husband is in the hospital again, can i change my appointment"),
        # context that may change the answer, not marked as chatter, is not an aside
        ("can i get my meds refilled early, we leave for italy on monday"),
        # a problem reported before the question is a second issue
        ("the portal is broken lol, anyway can i get my records"),
        # a new medicine is not a refill
        ("necesito una receta para un antibiotico nuevo"),
    ],
)
def test_round17_stays_with_staff(brain: Brain, text: str) -> None:
    decision = brain.decide(text)
    assert decision.route.value != "faq", decision


def test_round17_paper_kinds_and_clauses(tmp_path: Path) -> None:
    from faq import scope

    assert scope.clauses("ugh my dog ate my sock lol, anyway when are you open") == [
        "ugh my dog ate my sock lol anyway",
        "when are you open",
    ]
    assert scope.is_chatter("jajaja que dia")
    assert not scope.is_chatter("what day is it")
    assert not scope.may_be_aside("also i need a refill")
    assert scope.may_be_aside("my sister is visiting this week")
    body = """
faqs:
  - id: forms
    questions: ["Can you fill in my sports physical form?", "Do you do school checkups?"]
    answer: Drop it off.
  - id: booking
    questions: ["How do I book an appointment?"]
    answer: Call us.
"""
    index = Matcher(faq.load(write_faq(tmp_path, body))).index
    assert index.paper_kinds == {lexicon.term("physical")}  # a checkup asked about alone is a visit here


def test_round17_specialty_words() -> None:
    from faq import scope
    from faq.index import words

    assert lexicon.term("dialisis") == lexicon.term("dialysis")
    assert lexicon.term("trasplante") == lexicon.term("transplant")
    assert lexicon.term("mangueras") == lexicon.term("tubing")
    assert lexicon.term("pilas") == lexicon.term("batteries")
    assert "companion" in words("can my granddaughter sit with me")
    assert "companion" in words("how many visitors can come")
    assert set(words("can you flush out my ears")) >= {"earwax", "remove"}
    assert "test" in words("can she get her ears checked")
    assert set(words("cuanto cuestan unos audifonos")) >= {"hearing", "aid"}
    assert set(words("what if i skip an infusion this week")) >= {"cancel", "appointment"}
    assert "appointmentlookup" in words("when is my mri scheduled")
    assert "remitaddress" in words("what is the mailing address for payments")
    assert "advice" in scope.clinical_cues("does my son need his adenoids out")


def test_round17_when_a_booked_test_is_is_a_lookup() -> None:
    from faq.index import words

    assert "appointmentlookup" in words("when is my colonoscopy scheduled")


_ROUND18 = """
faqs:
  - id: oxygen-problems
    questions: ["My oxygen concentrator is not working, what do I do?"]
    answer: Call the equipment line; a technician comes the same day.
  - id: oxygen-supplies
    questions: ["How do I order nasal cannulas?"]
    answer: Order cannulas and tubing in the portal; they ship in 3 days.
  - id: clean
    questions: ["How do I clean my concentrator?"]
    answer: Wipe it weekly and wash the filter in warm water.
  - id: appointments
    questions: ["How do I make an appointment?"]
    answer: Call us or book in the patient portal.
  - id: after-procedure
    questions: ["How do I get ready for my procedure?"]
    answer: Do not eat after midnight, and have someone drive you home.
  - id: hours-of-use
    questions: ["Why does my plan need my oxygen usage?"]
    answer: Most plans pay for oxygen only if you use it most nights.
  - id: office-hours
    questions: ["What are your hours?"]
    answer: Monday to Friday 9 to 5.
"""


@pytest.fixture
def round18(tmp_path: Path) -> Matcher:
    return Matcher(faq.load(write_faq(tmp_path, _ROUND18)))


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("the concentrator quit working", "oxygen-problems"),  # a problem report is a repair
        ("my machine is making a loud noise", "oxygen-problems"),  # the FAQ's one device is "the machine"
        ("el aparato ya no funciona", "oxygen-problems"),
        ("how do i wash my machine", "clean"),
        ("can i set up a visit online", "appointments"),  # the answer's portal answers "online"
        ("will i need somebody to give me a ride after the procedure", "after-procedure"),
        ("how many hours a night does my plan want me to use it", "hours-of-use"),  # not office hours
    ],
)
def test_round18_device_and_usage_wording(round18: Matcher, text: str, entry: str) -> None:
    assert _answer(round18, text) == entry, text


def test_round18_folds() -> None:
    from faq.index import words

    assert "repair" in words("printer stopped working")
    assert "repair" in words("mi monitor no enciende")
    assert "repair" not in words("im not working this week")  # a person, not a device
    assert "repair" not in words("my water broke")
    assert "hours" not in words("8 hours a night")
    assert lexicon.term("usage") == lexicon.term("use")
    assert lexicon.term("ride") == lexicon.term("drive")
    assert lexicon.factor(lexicon.term("podologo")) == lexicon.GENERIC_FACTOR  # a specialist is "the doctor"


def test_round18_machine_is_the_device_only_when_the_faq_has_one(tmp_path: Path) -> None:
    body = (
        _ROUND18
        + """  - id: pump
    questions: ["Can you check my insulin pump?"]
    answer: Bring it to any visit.
"""
    )
    assert Matcher(faq.load(write_faq(tmp_path, body))).index.device is None


_ROUND18_DRUGS = """
faqs:
  - id: inhaler-refill
    questions: ["How do I refill my albuterol inhaler?"]
    answer: Ask your pharmacy to send us a request.
  - id: refills
    questions: ["How do I refill a prescription?"]
    answer: Use the portal; refills take 2 days.
  - id: testing
    questions: ["Which medicines do I stop before testing?"]
    answer: Stop antihistamines 5 days before.
"""


def test_round18_a_medicine_the_faq_names_keeps_its_name(tmp_path: Path) -> None:
    m = Matcher(faq.load(write_faq(tmp_path, _ROUND18_DRUGS)))
    assert _answer(m, "can i get more albuterol sent to walgreens") == "inhaler-refill"
    assert _answer(m, "need a refill on my albuterol please") == "inhaler-refill"
    assert _answer(m, "can you refill my lisinopril") == "refills"  # a medicine no question names


def test_round18_which_treatment_is_best_for_me_is_clinical(tmp_path: Path) -> None:
    from faq import scope

    assert "advice" in scope.clinical_cues("what nose spray works best for my son")
    assert "advice" in scope.clinical_cues("cual crema es mejor para mi")
    m = Matcher(faq.load(write_faq(tmp_path, _ROUND18_DRUGS)))
    assert m.match("which allergy pill is best for me") is None


def test_round18_network_settings_and_hours_of_use_fold() -> None:
    from faq.index import words

    assert "insurance" in words("are you guys out of network for aetna")
    assert "insurance" in words("do you take blue cross blue shield")
    assert "setting" in words("can someone lower the pressure on it")
    assert "change" not in words("could you change the pressure please")  # not a reschedule
    assert "change" in words("can i change my appointment")  # a visit is still moved
    assert "hours" not in words("how many hours do i have to wear it")


def test_round18_machine_beside_the_device_keeps_both_words(round18: Matcher) -> None:
    terms = round18.index.analyse("my concentrator machine is loud").terms
    assert lexicon.term("machine") in terms
    assert "concentrator" in terms
    assert "concentrator" in round18.index.analyse("the machine is loud").terms


def test_round18_skip_is_miss_and_cut_is_trim() -> None:
    assert lexicon.term("skipped") == lexicon.term("miss")
    assert lexicon.term("clipping") == lexicon.term("trim")
    assert lexicon.term("cortan") == lexicon.term("trim")


_ROUND19_RESULTS = """
faqs:
  - id: scan-prep
    questions: ["How do I get ready for my DEXA scan?", "What is a bone density scan?"]
    keywords: [DEXA, bone density]
    answer: Wear clothes without metal and skip calcium pills that morning. The scan takes 15 minutes.
  - id: hours
    questions: ["What are your hours?"]
    answer: Monday to Friday, 8 to 5.
"""

_ROUND19_WITH_RESULTS = (
    _ROUND19_RESULTS
    + """  - id: results
    questions: ["When do I get my scan results?"]
    answer: Results are in the portal within 3 days.
"""
)


def test_round19_results_are_not_answered_by_a_preparation_entry(tmp_path: Path) -> None:
    m = Matcher(faq.load(write_faq(tmp_path, _ROUND19_RESULTS)))
    assert _answer(m, "how do i get ready for the dexa") == "scan-prep"
    # (each scored 60.6 for the preparation entry before round 19)
    assert _answer(m, "are the dexa scan results back") is None
    assert _answer(m, "bone density results ready?") is None


def test_round19_results_go_to_an_entry_about_results(tmp_path: Path) -> None:
    m = Matcher(faq.load(write_faq(tmp_path, _ROUND19_WITH_RESULTS)))
    assert _answer(m, "when are my scan results ready") == "results"


_ROUND19_SPANISH = """
faqs:
  - id: hours
    questions: ["What are your hours?"]
    answer: Monday to Friday, 8 to 5.
  - id: toenails
    questions: ["Do you trim toenails?"]
    keywords: [thick nails]
    answer: Yes, routine nail care is $60 a visit.
  - id: billing
    questions: ["How do I pay my bill?"]
    answer: Pay in the portal.
"""


def test_round19_spanish_nails_are_not_the_article_unas(tmp_path: Path) -> None:
    from faq.index import words

    assert "toenail" in words("me pueden recortar mis uñas de los pies")
    assert "nail" in words("le cortan las unas a mi abuelo")
    assert "nail" not in words("tengo unas preguntas sobre mi cuenta")
    assert "nail" not in words("llego a la una")
    m = Matcher(faq.load(write_faq(tmp_path, _ROUND19_SPANISH)))
    assert _answer(m, "le recortan las uñas de los pies a mi mama") == "toenails"


def test_round19_cuando_is_when(tmp_path: Path) -> None:
    assert lexicon.term("cuando") == lexicon.term("when")
    m = Matcher(faq.load(write_faq(tmp_path, _ROUND19_SPANISH)))
    assert _answer(m, "hasta cuando abren el viernes") == "hours"
    assert _answer(m, "cuando cierran los viernes") == "hours"


def test_round19_taking_medicines_coffee_and_jello() -> None:
    from faq.index import words

    def terms(text: str) -> list[str]:
        return [lexicon.term(w) for w in words(text)]

    assert lexicon.term("accept") not in terms("should i take all my morning pills before the scan")
    assert lexicon.term("accept") in terms("do you take tricare")
    assert lexicon.term("accept") in terms("can i take advil for it")  # a medicine by name stays as it was
    assert lexicon.term("coffee") == lexicon.term("caffeine") == lexicon.term("cafeina")
    assert "jello" in words("lime Jell-O only?")


def test_round19_spanish_procedure_names_and_charges() -> None:
    for en, es in (("colonoscopies", "colonoscopia"), ("endoscopy", "endoscopias"), ("biopsies", "biopsia"),
                   ("hemorrhoids", "hemorroides"), ("polyps", "polipo"), ("charged", "cobraron")):  # fmt: skip
        assert lexicon.term(en) == lexicon.term(es)


def test_round19_forgetting_a_shot_or_visit_is_missing_it() -> None:
    from faq.index import words

    def terms(text: str) -> list[str]:
        return [lexicon.term(w) for w in words(text)]

    assert lexicon.term("miss") in terms("i forgot my b12 injection on tuesday")
    assert lexicon.term("miss") in terms("forgot to come in for my infusion")
    assert lexicon.term("miss") in terms("se me olvido la vacuna del martes")
    assert lexicon.term("miss") not in terms("i forgot my password again")
    assert lexicon.term("miss") not in terms("forgot my umbrella in the waiting room")


def test_round20_a_double_charge_stays_with_staff(brain: Brain) -> None:
    # eight labelled cases in independently written sets send a disputed double charge to staff: the billing
    # entry says how to pay, not why one was charged twice
    assert brain.decide("why was i charged twice").faq_id is None
    assert brain.decide("how do i pay my bill").faq_id == "billing-questions"


def test_round20_an_answer_open_every_day_answers_which_day(matcher: Matcher) -> None:
    assert _answer(matcher, "do you take walk ins on saturday") == "walk-ins"
    assert _answer(matcher, "are walk ins ok on sunday") == "walk-ins"
    assert _answer(matcher, "are you open on saturday") == "opening-hours"


def _terms(text: str) -> list[str]:
    from faq.index import words

    return [lexicon.term(w) for w in words(text)]


def test_round20_spanish_drinking_taking_and_stopping() -> None:
    assert {"drink", "tea"} <= set(_terms("¿puedo tomar té antes?"))
    assert {"drink", "tea"} <= set(_terms("puedo tomar te en la manana"))
    assert {"drink", lexicon.term("cafe")} <= set(_terms("puedo tomar un cafe"))
    assert "tomar" not in _terms("puedo tomar mis pastillas")
    assert lexicon.term("stop") in _terms("tengo que dejar el anticoagulante")
    assert lexicon.term("stop") not in _terms("deje mis llaves en la sala")
    assert "tea" not in _terms("te llamo manana")  # the pronoun is still a pronoun


def test_round20_miss_is_a_cancellation_only_of_a_visit() -> None:
    for text in ("ill miss my appointment friday", "gonna have to miss my visit", "i will miss my infusion"):
        assert lexicon.term("cancel") in _terms(text), text
    assert lexicon.term("cancel") not in _terms("i miss my old doctor")
    assert lexicon.term("cancel") not in _terms("miss jones said to call")


def test_round20_scope_flying_and_seeing() -> None:
    assert lexicon.term("scope") == lexicon.term("procedure")
    assert lexicon.term("flying") == lexicon.term("fly")
    assert lexicon.term("seeing") == lexicon.term("see")
    assert lexicon.term("moving") == lexicon.term("move")


_ROUND20 = """
faqs:
  - id: hours
    questions: ["What are your hours?"]
    answer: Open Monday to Friday 7am to 8pm and Saturday 8am to 2pm. MRI runs until 10pm.
  - id: scheduling
    questions: ["How do I schedule my scan?"]
    answer: Call us or book in the portal once your doctor has sent the order.
  - id: mri-prep
    questions: ["How do I prepare for my MRI?"]
    answer: Wear clothes with no metal and leave jewelry at home.
  - id: ultrasound-prep
    questions: ["Do I need a full bladder for my ultrasound?"]
    answer: For an abdominal ultrasound, nothing to eat or drink for 8 hours before.
  - id: how-long
    questions: ["How long does the appointment last?"]
    answer: X-ray 15 minutes, ultrasound 30 to 45, CT 15 to 30, MRI 30 to 60 minutes.
  - id: cost
    questions: ["How much does an MRI cost without insurance?"]
    answer: Self-pay prices are MRI $450, CT $300 and x-ray $60.
  - id: fasting
    questions: ["Do I need to fast before bloodwork?"]
    answer: Some tests need 8 to 12 hours of fasting. Water is fine.
  - id: blood-thinners
    questions: ["Do I stop my blood thinner before a procedure?"]
    keywords: [Eliquis, Plavix]
    answer: Do not stop a blood thinner on your own; our nurse calls you with instructions.
"""


@pytest.fixture
def imaging(tmp_path: Path) -> Matcher:
    return Matcher(faq.load(write_faq(tmp_path, _ROUND20)))


def test_round20_hours_of_a_part_of_the_clinic(imaging: Matcher) -> None:
    assert _answer(imaging, "what time does the shot room close") == "hours"
    assert _answer(imaging, "how late is the mri open") == "hours"
    assert _answer(imaging, "what time does the front desk open") == "hours"
    assert _answer(imaging, "when does the soft spot close") is None
    assert _answer(imaging, "what time does the urgent care close") is None


def test_round20_a_number_of_hours_is_not_opening_hours(imaging: Matcher) -> None:
    assert _answer(imaging, "what are the lab hours") != "fasting"
    assert _answer(imaging, "how many hours do i fast before bloodwork") == "fasting"


def test_round20_kinds_of_scan_named_by_the_answer_or_by_a_general_question(imaging: Matcher) -> None:
    assert _answer(imaging, "how much is a ct if i pay cash") == "cost"
    assert _answer(imaging, "i need to book an ultrasound") == "scheduling"
    assert _answer(imaging, "can i eat before my ct") is None  # prep for an MRI or an ultrasound is not a CT's


def test_round20_a_lead_time_is_not_how_long_it_takes(imaging: Matcher) -> None:
    assert _answer(imaging, "how long does an ultrasound take") != "ultrasound-prep"


def test_round20_another_clinicians_instruction_is_for_the_care_team(imaging: Matcher) -> None:
    assert _answer(imaging, "do i stop my eliquis before the procedure") == "blood-thinners"
    for text in ("my cardiologist said not to stop eliquis, what now", "my doctor told me to keep taking my plavix",
                 "mi cardiologo me dijo que no lo deje"):  # fmt: skip
        assert imaging.assess(text).declined == "clinical", text
    assert imaging.assess("my doctor told me to get a scan, how do i schedule it").declined is None


def test_lead17_how_to_reach_someone_asks_for_the_number(brain: Brain) -> None:
    from faq import scope

    for text in ("what number do i call to talk to the office", "how do i call to speak to a nurse",
                 "cual es el numero para hablar con alguien"):  # fmt: skip
        assert not scope.asks_for_person(text), text
    for text in ("talk to the office please", "whats your number, can someone call me back", "i need a human"):
        assert scope.asks_for_person(text), text
    assert brain.decide("what number do i call to talk to the office").faq_id == "contact-phone"


def test_lead17_being_ill_or_in_need_when_the_clinic_is_shut_is_after_hours(matcher: Matcher) -> None:
    for text in ("who do i call if i need something after you close", "what if my son gets sick overnight",
                 "what do we do if she gets sick on the weekend"):  # fmt: skip
        assert _answer(matcher, text) == "after-hours", text
    assert _answer(matcher, "can i bring my sick kid in on the weekend") != "after-hours"


def test_lead17_seeing_a_named_doctor_some_day_is_booking(matcher: Matcher) -> None:
    for text in ("need to see dr patel sometime next week", "need to book an appointment next week",
                 "i want to see doctor nguyen on friday"):  # fmt: skip
        assert _answer(matcher, text) == "book-appointment", text


CLINIC = """
faqs:
  - id: shots
    questions: ["When can I come in for my allergy shot?"]
    answer: Allergy shots are given Monday to Thursday, 8am to 4pm.
  - id: implants
    questions: ["Can I have an MRI with a pacemaker or metal implant?"]
    answer: Bring your implant card; we check every implant before the scan.
  - id: preauth
    questions: ["Does my scan need prior authorization?"]
    answer: Most MRI and CT scans need your plan's approval first; it takes 3 to 7 days.
  - id: fungus
    questions: ["Do you treat foot fungus?"]
    answer: Yes, our podiatrists treat fungal skin and nail infections.
  - id: sports
    questions: ["Do you see sports injuries?"]
    answer: Yes, we see sprains and strains from sports.
  - id: plane
    questions: ["Can I take my CPAP on a plane?"]
    answer: Yes, a CPAP flies as a medical device and does not count as a carry-on.
  - id: payment
    questions: ["Do you offer payment plans?"]
    answer: Yes, for balances over $200.
"""


@pytest.fixture
def clinic(tmp_path: Path) -> Matcher:
    return Matcher(faq.load(write_faq(tmp_path, CLINIC)))


def test_round21_a_real_word_is_not_spelt_into_another(clinic: Matcher) -> None:
    loose, faq_like = (
        Speller(["insertions", "planes"]),
        Speller(["insertions", "planes"], slips_only=True, endings=True),
    )
    for word in ("injections", "plates"):  # a change inside a word makes another word
        assert loose.correct(word) is not None
        assert faq_like.correct(word) is None, word
    assert faq_like.correct("insertoins") == "insertions"  # a slip is still fixed
    assert Speller(["orthopedics"], slips_only=True, endings=True).correct("orthopedist") == "orthopedics"
    assert clinic.index.speller.correct("sprians") == "sprains"
    assert _answer(clinic, "what days do you do allergy injections") in (None, "shots")


def test_round21_a_silent_e_keeps_two_words_apart() -> None:
    assert lexicon.stem("plane") != lexicon.stem("plan")
    assert lexicon.stem("spine") != lexicon.stem("spin")
    assert lexicon.stem("snoring") == lexicon.stem("snore") == lexicon.stem("snored")
    assert lexicon.stem("planning") == lexicon.stem("plans") == "plan"


def test_round21_shortened_and_compound_names(clinic: Matcher) -> None:
    assert _answer(clinic, "does my ct need a pre auth") == "preauth"
    assert _answer(clinic, "do yall treat athlete's foot") == "fungus"
    assert _answer(clinic, "can i bring my cpap on the plane") == "plane"
    assert _answer(clinic, "do you have a payment plan") == "payment"


def test_round21_own_case_status_exceptions_and_hedged_worries_go_to_staff(clinic: Matcher) -> None:
    for text in ("my plan rejected the prior authorization for my mri, now what",
                 "has my preauth gone through for the ct",
                 "i lost my implant card, can you make an exception and scan me anyway",
                 "forgot the pacemaker card, could you look at it on the day",
                 "its probably nothing but when can i come in for my allergy shot"):  # fmt: skip
        assert _answer(clinic, text) is None, text


def test_round21_an_injection_is_a_shot(clinic: Matcher) -> None:
    assert _answer(clinic, "what days can i get my allergy injections") == "shots"


def test_a_body_part_killing_me_is_pain_not_an_errand(brain: Brain) -> None:
    for text in ("my arm is killing me from the flu shot lol", "my knees have been killing me since the covid shot"):
        decision = brain.decide(text)
        assert (decision.route, decision.faq_id) == (Route.AGENT, None), text
    assert brain.decide("this wait is killing me, are my lab results back").faq_id == "test-results"


def test_lead18_a_late_ride_paying_over_time_and_logging_a_reading(matcher: Matcher) -> None:
    assert _answer(matcher, "our uber is running late, be there soon") == "running-late"
    assert _answer(matcher, "where does the bus stop") == "location"
    for text in ("can i split my bill into payments", "can i pay it off over 6 months"):
        assert _answer(matcher, text) == "payment-plans", text
    assert _answer(matcher, "i logged my readings into mychart") is None  # record keeping, not a login problem
    assert _answer(matcher, "cant log in to the portal") == "portal-password"
    assert _answer(matcher, "¿dónde pido una cita?") == "book-appointment"


def test_lead18_spanish_joins_a_second_request_with_y(matcher: Matcher) -> None:
    for text in ("necesito cambiar mi cita y renovar una receta", "quiero cancelar mi cita y pedir mis records"):
        assert matcher.assess(text).declined == "multiple", text


def test_round22_spanish_texting_filler_and_acknowledgements(matcher: Matcher) -> None:
    assert _answer(matcher, "cual es el horario xfa") == "opening-hours"
    assert _answer(matcher, "quiero agendar cita con el doctor porfis") == "book-appointment"
    for text in ("dale gracias ntp", "okis muchas gracias"):
        assert _answer(matcher, text) == "thanks", text


def test_round22_spanish_where_meets_where(matcher: Matcher) -> None:
    assert _answer(matcher, "donde pago la factura") == "billing-questions"
    for text in ("donde se encuentra la clinica", "donde quedan ustedes"):
        assert _answer(matcher, text) == "location", text


def test_round22_spanish_names_the_clinic_after_the_verb(matcher: Matcher) -> None:
    for text in ("hasta que hora abre el consultorio", "a q hora cierra la oficina el sabado"):
        assert _answer(matcher, text) == "opening-hours", text


def test_round22_spanish_car_traffic_running_out_and_wheelchair(matcher: Matcher) -> None:
    assert _answer(matcher, "donde meto la camioneta") == "parking"  # "carro" and kin are not spelt into "caro"
    assert _answer(matcher, "hay parqueadero para pacientes?") == "parking"
    assert _answer(matcher, "llego tarde, hay mucho transito") == "running-late"
    assert _answer(matcher, "se me acabaron las pastillas del colesterol") == "prescription-refill"
    assert _answer(matcher, "me quede sin mi inhalador") == "prescription-refill"
    assert _answer(matcher, "se me acabo la paciencia con ustedes") is None  # not a medicine
    assert _answer(matcher, "tienen rampa para silla de ruedas") == "accessibility"


def test_round22_spanish_breakfast_and_walk_in_words(matcher: Matcher) -> None:
    assert _answer(matcher, "puedo almorzar antes del analisis de sangre") == "fasting-blood-test"
    assert _answer(matcher, "me atienden sin cita previa?") == "walk-ins"


def test_round22_spanish_family_words_are_light(matcher: Matcher) -> None:
    assert _answer(matcher, "como saco una cita para mi abuelita") == "book-appointment"


NEURO = """
faqs:
  - id: eeg-prep
    questions: ["How do I prepare for my EEG?"]
    answer: Wash your hair with shampoo only the night before.
  - id: emg-prep
    questions: ["How do I prepare for an EMG?"]
    answer: No lotion on your arms or legs.
  - id: driving
    questions: ["When can I drive after a seizure?"]
    answer: Six months without a seizure.
  - id: memory
    questions: ["How do I get into the memory clinic?"]
    answer: You need a referral from your primary care doctor.
  - id: parking
    questions: ["Where do I park?"]
    answer: In the garage.
"""


@pytest.fixture
def neuro(tmp_path: Path) -> Matcher:
    return Matcher(faq.load(write_faq(tmp_path, NEURO)))


def test_round22_neurology_tests_by_their_spanish_and_short_names(neuro: Matcher) -> None:
    assert _answer(neuro, "como me preparo para el electroencefalograma") == "eeg-prep"
    assert _answer(neuro, "que debo hacer antes de la electromiografia") == "emg-prep"
    assert _answer(neuro, "how do we get ready for the eeg") == "eeg-prep"
    assert _answer(neuro, "que debo hacer si me duele despues del emg") is None  # advice stays with staff
    assert _answer(neuro, "como entro a la clinica de memoria") == "memory"


def test_round22_seizure_and_neurology_still_only_qualify(matcher: Matcher) -> None:
    assert _answer(matcher, "where do i park for my daughters seizure clinic visit") == "parking"
    assert _answer(matcher, "can you send my chart to my new neurologist") == "medical-records"


def test_round22_spanish_being_put_through_to_a_person(matcher: Matcher) -> None:
    for text in ("me comunican con una enfermera porfa", "quiero una persona de verdad, no un robot"):
        assert scope.asks_for_person(text), text
    assert not scope.asks_for_person("la persona de la recepcion fue muy amable, a que hora cierran")


def test_round22_being_in_a_wheelchair_is_the_wheelchair(matcher: Matcher) -> None:
    for text in ("is there an elevator? my wife uses a wheelchair", "mi abuelo anda en silla de ruedas, hay rampa?"):
        assert _answer(matcher, text) == "accessibility", text


def test_round22_spanish_greetings_needs_and_forms(matcher: Matcher) -> None:
    assert _answer(matcher, "buenas noches") == "greeting"
    assert _answer(matcher, "buen dia, hasta que hora estan abiertos el viernes") == "opening-hours"
    assert _answer(matcher, "ocupo hacer una cita para mi esposa") == "book-appointment"
    assert _answer(matcher, "me pueden llenar unas formas del trabajo") == "forms-letters"
    assert _answer(matcher, "de que forma les puedo pagar") != "forms-letters"  # in what way, not a form


def test_lead19_a_visit_by_phone_what_to_bring_a_therapy_referral_and_records_for_a_lawyer(matcher: Matcher) -> None:
    assert _answer(matcher, "can i have my appointment over the phone") == "telehealth"
    assert _answer(matcher, "do you do phone appointments") == "telehealth"
    assert _answer(matcher, "whats your phone number") == "contact-phone"
    assert _answer(matcher, "what should i bring to my sons new patient visit") == "what-to-bring"
    assert _answer(matcher, "are you taking new patients") == "new-patients"
    assert _answer(matcher, "can i get referred to physical therapy") == "referrals"
    assert _answer(matcher, "please send my records to my lawyer") == "medical-records"
    assert matcher.assess("i am calling my lawyer about how i was treated").declined == "complaint"
    assert _answer(matcher, "who do we call overnight if the baby is sick") == "after-hours"


def test_a_doctors_name_is_a_word_the_phrase_rules_read(matcher: Matcher) -> None:
    assert _answer(matcher, "my dr patel said i should ask about a referral") == "referrals"
    assert _answer(matcher, "i'd like to see dr okafor next week") == "book-appointment"


ENDO = """
faqs:
  - id: device-start
    questions: ["How do I get started on an insulin pump?", "Do you train patients to use a new CGM?"]
    answer: Our nurse educator runs pump and CGM starts.
  - id: device-upload
    questions: ["How do I upload my pump or CGM data before my appointment?"]
    answer: Upload through Dexcom Clarity or LibreView, clinic code ENDO1.
  - id: new-patients
    questions: ["Do I need a referral to see an endocrinologist?"]
    answer: Yes, from your primary care doctor.
  - id: refills
    questions: ["How do I get a refill?"]
    answer: Ask your pharmacy.
  - id: meter-coverage
    questions: ["Does insurance cover my glucose meter and test strips?"]
    answer: Most plans cover one brand.
  - id: billing
    questions: ["I have a question about my bill."]
    answer: Call billing. Payment plans are available.
  - id: after-hours
    questions: ["Who do I call after hours?"]
    answer: Call the main line and press 2 for the on-call endocrinologist.
  - id: parking
    questions: ["Where do I park?"]
    answer: Behind the building.
"""


@pytest.fixture
def endo(tmp_path: Path) -> Matcher:
    return Matcher(faq.load(write_faq(tmp_path, ENDO)))


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("who can show me how to use my new omnipod", "device-start"),
        ("does someone teach you how to put on the dexcom", "device-start"),
        ("i need training on my freestyle libre", "device-start"),
        ("how do i get set up on a tandem pump", "device-start"),
        ("how do i get my dexcom readings to you before my visit", "device-upload"),
        ("how do i sync my glooko before the appointment", "device-upload"),
    ],
)
def test_round23_a_diabetes_device_by_its_brand_and_being_taught_it(endo: Matcher, text: str, entry: str) -> None:
    assert _answer(endo, text) == entry


def test_round23_libre_is_a_device_only_as_ones_own(endo: Matcher) -> None:
    assert "cgm" in lexicon.fold_phrases("can you teach me the libre").split()
    assert "cgm" not in lexicon.fold_phrases("hay estacionamiento libre").split()


def test_round23_device_numbers_are_readings_not_a_phone_number(endo: Matcher) -> None:
    assert "phone" not in endo.index.analyse("where do i send my sugar numbers").terms
    assert "phone" in endo.index.analyse("whats your phone number").terms


@pytest.mark.parametrize(
    "text",
    ["my pcp wants me to see an endo", "my pcp says i should see a new endo, is a referral needed"],
)
def test_round23_endo_said_of_a_person_is_the_endocrinologist(endo: Matcher, text: str) -> None:
    assert _answer(endo, text) == "new-patients"


def test_round23_endo_alone_is_left_alone() -> None:
    assert "endocrinologist" not in lexicon.fold_phrases("my endo pain is worse this month")
    assert "endocrinologist" not in lexicon.fold_phrases("do you do endo biopsies")


def test_round23_diabetes_medicines_by_brand_are_medication(matcher: Matcher) -> None:
    for name in ("novolog", "tresiba", "jardiance", "methimazole"):
        assert lexicon.term(name) == "medication", name
    assert _answer(matcher, "can i get a refill on my humalog") == "prescription-refill"
    assert _answer(matcher, "i need more tresiba") == "prescription-refill"


def test_round23_a_cost_is_no_reading(endo: Matcher) -> None:
    assert _answer(endo, "my glucose test strips are too pricey, will insurance cover them") == "meter-coverage"
    assert endo.assess("my blood sugar test was too high this morning").best is None  # a reading stays clinical


def test_round23_setting_up_a_plan_is_getting_one(endo: Matcher, matcher: Matcher) -> None:
    assert _answer(endo, "how do i set up a payment plan") == "billing"
    assert _answer(matcher, "can we set up a payment plan") == "payment-plans"


def test_round23_the_on_call_doctor_is_after_hours(endo: Matcher, matcher: Matcher) -> None:
    assert _answer(endo, "who is the on call doctor tonight") == "after-hours"
    assert _answer(matcher, "who is on call tonight") == "after-hours"


@pytest.mark.parametrize(
    "text",
    ["is the clinic accessible for a walker", "can my dad get in with his walker", "is the office cane friendly"],
)
def test_round23_a_mobility_aid_the_building_lets_in_is_accessibility(matcher: Matcher, text: str) -> None:
    assert _answer(matcher, text) == "accessibility"


@pytest.mark.parametrize("text", ["do you sell walkers", "do you rent wheelchairs", "where can i buy a cane"])
def test_round23_a_mobility_aid_to_buy_or_rent_is_not_accessibility(matcher: Matcher, text: str) -> None:
    assert _answer(matcher, text) != "accessibility"


def test_lead20_taking_oneself_off_the_schedule_is_cancelling_unless_another_day_is_asked(matcher: Matcher) -> None:
    assert _answer(matcher, "take me off the books for thursday") == "cancel-appointment"
    assert _answer(matcher, "can you remove me from the schedule on monday") == "cancel-appointment"
    assert _answer(matcher, "take my appt off the calendar please") == "cancel-appointment"
    assert _answer(matcher, "take me off the schedule friday, can i come monday instead") is None
    assert _answer(matcher, "take me off the mailing list") is None


@pytest.mark.parametrize(
    "text",
    [
        "can you tell me what my cholesterol number means",
        "i want to know what my a1c means",
        "not sure what these results mean",
    ],
)
def test_lead20_asking_indirectly_what_a_result_means_is_for_a_clinician(matcher: Matcher, text: str) -> None:
    assert matcher.assess(text).declined == "clinical"


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Hello, sorry to trouble you. How do I pay my bill? Kind regards, Alan Stone", "billing-questions"),
        ("hi there sorry to be a pain, do you do flu shots? thanks so much, god bless", "flu-vaccine"),
        ("Dear Sir or Madam, I would like to enquire whether you accept Medicaid. Yours sincerely, Mrs. J. Hale",
         "insurance-accepted"),
        ("good morning hope you are keeping well, where do i park? many thanks, Rose", "parking"),
        ("ok google text the clinic is there a nurse line at night question mark", "after-hours"),
        ("my name is Carl Ames, I was wondering if you have interpreters? cheers", "interpreters"),
    ],
)  # fmt: skip
def test_round24_greetings_apologies_and_sign_offs_ask_nothing(matcher: Matcher, text: str, entry: str) -> None:
    assert _answer(matcher, text) == entry, text


def test_round24_courtesy_alone_is_still_a_thank_you_and_care_is_not_a_sign_off(matcher: Matcher) -> None:
    assert _answer(matcher, "thanks so much, god bless") == "thanks"
    assert _answer(matcher, "hi there") == "greeting"
    # "take care of" is a request, "my period" is no dictated full stop
    assert "care" in scope.without_courtesy("can you take care of a burn")
    assert scope.without_courtesy("i missed my period").endswith("period")
    assert scope.without_courtesy("tienen rayos x").endswith("x")  # an x-ray, not a kiss
    assert scope.without_courtesy("where do i park. thanks x") == "where do i park"
    # an apology that names pain only as an idiom is not a symptom; real pain still is
    assert matcher.assess("sorry to be a pain, how do i get a copy of my records").declined is None
    assert matcher.assess("sorry to bother you, my knee pain is worse, should i come in").declined == "clinical"


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("We just got back from two years abroad. Do you take Cigna?", "insurance-accepted"),
        ("My granddad is coming with us for the holidays. Are you closed on Christmas?", "holiday-closures"),
        ("I start a new job on Monday. Where can I get a flu shot?", "flu-vaccine"),
    ],
)
def test_round24_backstory_sentences_before_a_question_are_not_requests(
    matcher: Matcher, text: str, entry: str
) -> None:
    assert _answer(matcher, text) == entry, text


@pytest.mark.parametrize(
    "text",
    [
        "its freezing out, are you open?",  # a clause, not a sentence of backstory: for staff as before
        "I fell off my bike last week. Are you open Saturday?",  # an accident is no backstory
        "My chest feels tight. Are you open today?",  # nor is the body
        "I've been feeling off all week. Do you take walk-ins?",
    ],
)
def test_round24_backstory_is_only_plain_statements_in_sentences_of_their_own(matcher: Matcher, text: str) -> None:
    assert _answer(matcher, text) is None, text


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("what's the best number to ring you on", "contact-phone"),
        ("what time does the surgery close today", "opening-hours"),
        ("where is the car park", "parking"),
        ("are you shut on bank holidays", "holiday-closures"),
        ("can the doctor do me a fit note", "forms-letters"),
        ("i need my repeat prescription please", "prescription-refill"),
        ("can i book in with a doctor next week", "book-appointment"),
        ("can i turn up on the day", "walk-ins"),
        ("resched my appt pls", "reschedule-appointment"),
        ("can my chemist request a refill", "prescription-refill"),
    ],
)
def test_round24_british_english_meets_the_faq(matcher: Matcher, text: str, entry: str) -> None:
    assert _answer(matcher, text) == entry, text


def test_round24_an_operation_is_not_the_surgery_nor_a_ringing_ear_a_call(matcher: Matcher) -> None:
    assert _answer(matcher, "is the surgery painful") is None
    assert _answer(matcher, "what number do i call about my surgery date") != "opening-hours"
    assert "call" not in lexicon.fold_phrases("ringing in my ears").split()
    assert "call" not in lexicon.fold_phrases("my wedding ring is stuck").split()


@pytest.mark.parametrize(
    "text",
    ["i need a refill and a form filled out", "can i get a flu shot and a copy of my records please"],
)
def test_round24_two_things_asked_for_with_and_a_are_two_requests(matcher: Matcher, text: str) -> None:
    assert matcher.assess(text).declined == "multiple", text


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # an indirect question is a question: the statement before it is its backstory
        ("I had my bloods done on Friday and I would like to know when the results will be ready", "test-results"),
        ("We have recently moved house. I was wondering whether you take Humana", "insurance-accepted"),
        ("who do i phone when the surgery's closed overnight", "after-hours"),
        ("held up on the interstate, gonna be late", "running-late"),
        ("i have misplaced my portal password", "portal-password"),
        ("I would like to organise an appointment with a doctor at your earliest convenience", "book-appointment"),
    ],
)
def test_round24_letters_and_other_english_meet_the_faq(matcher: Matcher, text: str, entry: str) -> None:
    assert _answer(matcher, text) == entry, text


def test_round24_arranging_something_other_than_a_visit_is_not_booking(matcher: Matcher) -> None:
    assert "book" not in lexicon.fold_phrases("can you arrange an interpreter").split()


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("what time do you close on friday because i finish work at five", "opening-hours"),
        ("do you have the covid booster, as my grandson visits at christmas", "covid-vaccine"),
        ("what's your address cuz my uber driver is asking", "location"),
    ],
)
def test_round24_a_plain_reason_after_the_request_changes_nothing(matcher: Matcher, text: str, entry: str) -> None:
    assert _answer(matcher, text) == entry, text


def test_round24_a_reason_that_names_the_body_or_a_problem_is_kept(matcher: Matcher) -> None:
    assert matcher.assess("can i come in today because my throat hurts").declined == "clinical"
    assert "chest" in scope.without_reason("are you open today because my chest feels tight")
    assert "didnt" in scope.without_reason("how do i pay my bill because the portal didnt work")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("do you take new patients? we have just moved into the neighbourhood", "new-patients"),
        ("a bill came in the post today, how can i pay it", "billing-questions"),
    ],
)
def test_round24_moving_into_the_area_and_the_post(matcher: Matcher, text: str, entry: str) -> None:
    assert _answer(matcher, text) == entry, text
    assert "mail" not in lexicon.fold_phrases("what to expect in the post op period").split()


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("train is late, be there in 15", "running-late"),
        ("the bus never came, gonna be a bit late", "running-late"),
        ("how can we get in to see dr okafor", "book-appointment"),
        ("how do i get sent to a dermatologist", "referrals"),
        ("can you sign my daughters camp form", "forms-letters"),
        ("do i bring my medicine bottles to my visit", "what-to-bring"),
        ("my dad cant climb stairs, is there a lift", "accessibility"),
        ("could i pay my bill off a little every month", "payment-plans"),
        ("is there a patient app", "patient-portal"),
        ("how do i get access to mychart", "patient-portal"),
    ],
)
def test_lead21_rides_getting_in_being_sent_signing_bottles_stairs_a_little_each_month_and_access(
    matcher: Matcher, text: str, entry: str
) -> None:
    assert _answer(matcher, text) == entry


@pytest.mark.parametrize(
    "text",
    [
        "which bus goes to the clinic",  # directions, not lateness
        "how can i get in to see a dermatologist",  # a specialist elsewhere: not our booking answer
        "i pay a lot each month for insurance, do you take aetna",  # what a patient pays is backstory
    ],
)
def test_lead21_look_alikes_keep_their_own_answer_or_go_to_staff(matcher: Matcher, text: str) -> None:
    assert _answer(matcher, text) not in {"running-late", "book-appointment", "payment-plans"}


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("which side of the city is the clinic on", "location"),
        ("i need a note for my boss from the doctor", "forms-letters"),
        ("i need to call and cancel my appointment", "cancel-appointment"),
    ],
)
def test_lead22_part_of_town_who_a_letter_is_for_and_call_and_cancel(matcher: Matcher, text: str, entry: str) -> None:
    assert _answer(matcher, text) == entry


@pytest.mark.parametrize(
    "text", ["cancel my appt and send me my records", "please refill my inhaler and book me a physical"]
)
def test_lead22_a_second_imperative_after_and_is_a_second_request(matcher: Matcher, text: str) -> None:
    assert matcher.assess(text).declined == "multiple"


@pytest.mark.parametrize(
    "text",
    [
        "could you renew my cats prescription",
        "i need a refill for my dog",
        "do you have meds for my puppy",
    ],
)
def test_round25_care_for_an_animal_goes_to_staff(matcher: Matcher, text: str) -> None:
    assert _answer(matcher, text) is None


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("can i get a refill on my inhaler? my dog is barking lol", "prescription-refill"),  # an aside, not a vet
        ("what happens if we dont go to our appointment", "cancel-appointment"),
        ("if i cant come in for my visit do you charge", "cancel-appointment"),
        ("what if we cant get to the appointment, is there a charge", "cancel-appointment"),
        ("can we just do it over skype", "telehealth"),
        ("is a facetime visit possible", "telehealth"),
    ],
)
def test_round25_not_coming_to_a_visit_is_cancelling_and_video_apps_are_video(
    matcher: Matcher, text: str, entry: str
) -> None:
    assert _answer(matcher, text) == entry


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # a schedule constraint asks whether the clinic is open then
        ("i get off work at 5:30, will somebody be around after that", "opening-hours"),
        ("my class lets out at 4, is anyone still in the office then", "opening-hours"),
        ("can i make it before you close if i leave work at 5", "opening-hours"),
        # money owed, spread out
        ("i cant afford to pay it all, could i spread it out", "payment-plans"),
        # a pharmacy still waiting; the last of a supply
        ("im on my last inhaler, what do i do", "prescription-refill"),
        # a real person's number
        ("is there a number where i can get a live person", "contact-phone"),
        # a visit without travelling
        ("can we do the visit from home instead of coming in", "telehealth"),
        # mobility aids and stairs
        ("my mom uses a cane, is there an elevator", "accessibility"),
        ("my husband needs a walker, are there lots of stairs", "accessibility"),
        # seen today; a departed doctor; taking anybody
        ("can i be seen this morning, i dont have an appointment", "walk-ins"),
        ("my pediatrician retired and we need somewhere new", "new-patients"),
        ("are you accepting anybody right now", "new-patients"),
        # what to keep with you; a card or id
        ("what do i have to keep with me on the first day", "what-to-bring"),
        ("do i need to bring my photo id", "what-to-bring"),
        # going through the doctor first
        ("i want to see a skin doctor, do i have to go through my pcp first", "referrals"),
        # not having heard; hearing about results
        ("i havent heard anything about my mri yet", "test-results"),
        ("when will i find out what the ultrasound showed", "test-results"),
        ("when do we hear about his lab results", "test-results"),
        # coffee first
        ("can i drink coffee first before my labs", "fasting-blood-test"),
        # another day instead; not needing the visit
        ("can i come thursday instead of monday", "reschedule-appointment"),
        ("i wont be needing the appointment next week", "cancel-appointment"),
        # a stamp for the garage ticket; the earliest opening
        ("can you validate my garage ticket", "parking"),
        ("whats the earliest opening to see the doctor", "book-appointment"),
        # the portal set up, and an app to see one's information
        ("how can i set up the portal for my mom", "patient-portal"),
        # the clinic as the subject
        ("does your office have interpreters for arabic", "interpreters"),
    ],
)
def test_round26_situations_patients_describe_fold_to_the_entry(matcher: Matcher, text: str, entry: str) -> None:
    assert _answer(matcher, text) == entry


@pytest.mark.parametrize(
    "text",
    [
        "is anybody there at all",  # a bare ping is not asked about a time
        "do you have a heart doctor",  # a specialist the FAQ does not name
        "my new doctor wants me to get bloodwork, can you order it",
        "i'm on my last nerve with this place",
        "can someone look at my rash, it is spreading and hot",
    ],
)
def test_round26_the_situation_folds_do_not_answer_look_alikes(matcher: Matcher, text: str) -> None:
    assert _answer(matcher, text) is None


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # a public holiday by name, whether or not the FAQ's answer lists it
        ("are you guys closed on columbus day", "holiday-closures"),
        ("is the office open on mlk day", "holiday-closures"),
        ("will anyone be there on juneteenth", "holiday-closures"),
        # "uno" as Spanish's impersonal "one" asks nothing of its own
        ("¿dónde se puede estacionar uno?", "parking"),
    ],
)
def test_round27_named_holidays_and_spanish_impersonal_uno(matcher: Matcher, text: str, entry: str) -> None:
    assert _answer(matcher, text) == entry


@pytest.mark.parametrize(
    "text",
    [
        "is the memorial day parade route going past you, my dad marched in it",  # no request of the FAQ's
        "uno de mis hijos tiene fiebre, ¿lo pueden ver hoy?",  # "uno" dropped, the fever still goes to staff
    ],
)
def test_round27_holiday_names_and_uno_do_not_answer_look_alikes(matcher: Matcher, text: str) -> None:
    assert _answer(matcher, text) is None


# Round 31: a price is covered only where the entry's questions ask about cost or coverage, or its answer names an
# amount, a fee or "free"; otherwise the answer would be about something else ("how much is a flu shot" and an
# answer about when flu shots are given). A charge on a bill or what one owes is billing, not a price.
_PRICES = """
faqs:
  - id: tetanus
    questions: ["Do you give tetanus shots?", "Can I get a tetanus booster here?"]
    answer: Yes, tetanus boosters are given Monday to Friday without an appointment.
  - id: parking
    questions: ["Where do I park?", "Is there a parking garage?"]
    answer: Use the garage on 5th Street; parking is free for patients.
  - id: notes
    questions: ["Can I get a work note?", "Do you write school excuse notes?"]
    answer: Ask at the front desk; notes cost $10.
  - id: meter
    questions: ["Does insurance cover my blood pressure cuff?"]
    answer: Most plans cover one cuff a year; ask your pharmacy.
  - id: bill
    questions: ["I have a question about my bill", "How do I pay my statement?"]
    answer: Call billing at 555-0100 or pay in the portal.
"""


@pytest.fixture
def prices(tmp_path: Path) -> Matcher:
    return Matcher(faq.load(write_faq(tmp_path, _PRICES)))


@pytest.mark.parametrize(
    ("text", "priced"),
    [
        ("what does a tetanus booster cost", False),
        ("whats the price of a tetanus shot", False),
        ("how much is it to park in the garage", True),
        ("how much for a work note", True),
        ("my bp cuff is too pricey, will insurance cover it", True),
        ("there is a charge on my statement i dont recognize", True),
    ],
)
def test_round31_a_price_needs_an_entry_that_names_one(prices: Matcher, text: str, priced: bool) -> None:
    assert (prices.assess(text).declined != "price") is priced, text


def test_round31_priced_entries_still_answer(prices: Matcher) -> None:
    assert _answer(prices, "how much for a work note") == "notes"
    assert _answer(prices, "do you give tetanus shots") == "tetanus"


def test_round31_an_unpriced_price_has_its_own_reason(prices: Matcher, matcher: Matcher) -> None:
    assert prices.assess("how much does the tetanus booster cost").declined == "price"
    assert matcher.assess("whats the cost of a flu vaccine").declined == "price"
    assert _answer(matcher, "how much is a visit if i have no insurance") == "self-pay"
    assert _answer(matcher, "how much do i owe on my account") != "self-pay"


def test_an_amount_asked_of_an_answer_that_only_says_there_is_a_fee_is_for_staff(matcher: Matcher) -> None:
    # the forms entry says some forms "have a small fee": whether there is one it answers, how much it does not
    assert _answer(matcher, "is there a fee for school forms?") == "forms-letters"
    text = "how much do you charge for the kindergarten form? it says some forms have a fee"
    assert matcher.assess(text).declined == "price"
    assert matcher.assess("cuanto cobran por llenar un formulario de la escuela").declined == "price"
    # "how much" of something that is no price is no price question
    assert matcher.assess("how much water can i have before my fasting blood test").declined != "price"


# Round 31: moving a visit to video, like moving or cancelling it, does not depend on why one cannot come in
# (no car, no ride); a reason that names a topic of its own (insurance) or a symptom still keeps it from answering.
@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("can i do a video visit instead, no ride this week", "telehealth"),
        ("can i do a video visit instead, my chest hurts", None),
    ],
)
def test_round31_a_reason_after_a_video_visit(matcher: Matcher, text: str, entry: str | None) -> None:
    assert _answer(matcher, text) == entry, text


def test_round31_how_often_and_a_sliding_scale_are_no_unpriced_price() -> None:
    # "cada cuanto" asks how often, not how much; an entry asked about a sliding fee scale speaks of price
    assert "cost" not in lexicon.fold_phrases("cada cuanto tengo que venir")
    assert "often" in lexicon.fold_phrases("cada cuanto tiempo es la vacuna")
    assert "cost" in [lexicon.term(w) for w in lexicon.fold_phrases("cuanto cuesta la consulta").split()]


# Scores must not depend on the process's string-hash seed: summing a set's weights in its iteration order changed
# their last bits between runs, and near-ties (so clarify and handoff decisions) with them.
_SEED_PROBE = """
import json, sys
import faq
m = faq.Matcher(faq.load("bench/data/sleep_faq.yaml"))
texts = [json.loads(line)["text"] for line in open("bench/data/sleep_cases.jsonl") if line.strip()]
print(json.dumps([[(c.entry.id, repr(c.score)) for c in m.assess(t).candidates] for t in texts]))
"""


def test_scores_do_not_depend_on_the_hash_seed() -> None:
    import os
    import subprocess
    import sys

    runs = [
        subprocess.run(
            [sys.executable, "-c", _SEED_PROBE],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("0", "1", "7")
    ]
    assert runs[0]
    assert runs[0] == runs[1] == runs[2]


# Lead 31: whom or what one thanks ("doctor", "your help", "everyone") belongs to a thank-you and never makes one
# alone ("information" asks for information).
@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("thanks so much nurse", "thanks"),
        ("muchas gracias doctora por todo", "thanks"),
        ("thank you dr, appreciate the info", "thanks"),
        ("ok got it", "thanks"),
        ("information", None),
        ("everyone", None),
    ],
)
def test_whom_one_thanks_is_part_of_a_thank_you(brain: Brain, text: str, entry: str | None) -> None:
    assert brain.decide(text).faq_id == entry


# Round 34 tried to lift the sparse specialty FAQs by softening the score: unknown words weighing less (globally or when
# the top entry explains every known topic word), more answer credit (everywhere, for sparse entries, or when the entry
# explains the whole message), a lower threshold, flatter coverage or phrasing exponents, partial credit for question
# words and for the FAQ's domain words. Each answered about one look-alike wrongly for every three or four misses it
# fixed, so none landed: a look-alike's twist ("undo", "early", "pet") is a word no entry knows beside words one does,
# just like a harmless word ("is parking free"). These look-alikes are in none of the bench sets; the vasectomy, refill
# and PET ones went to a wrong entry under unknown words at 0.6, a coverage exponent of 0.8, a threshold of 50 or an
# answer credit of 0.85.
@functools.cache
def _r34_brain(name: str) -> Brain:
    return Brain(faq.load(BENCH / f"{name}_faq.yaml"), Triage.load(PACKAGED_RULES))


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("urology", "can you undo a vasectomy"),
        ("urology", "do you do vasectomy reversals"),
        ("urology", "is the vasectomy reversible later"),
        ("peds", "is it ok if we skip her 18 month shots"),
        ("peds", "can we hold off on the 12 month vaccines"),
        ("peds", "do my kids have to get the flu shot every year if they hate needles"),
        ("behavioral", "can you refill my ritalin a week early, we're traveling"),
        ("behavioral", "can my 16 year old see a therapist without telling me"),
        ("imaging", "do you guys do pet scans"),
        ("imaging", "i need a pet ct, can you do it"),
        ("urgentcare", "will you complete fmla forms for my job"),
        ("cardio", "can i lift weights after my stent"),
        ("cardio", "my holter keeps falling off what should i do"),
        ("allergy", "can i bring my dog to my allergy shot"),
        ("gi", "why did my colonoscopy get cancelled"),
        ("sleep", "can i use my cpap on a cruise ship"),
    ],
)
def test_round34_look_alikes_of_sparse_entries_stay_with_staff(name: str, text: str) -> None:
    decision = _r34_brain(name).decide(text)
    assert decision.route is not Route.FAQ, (text, decision.faq_id)


# Round 36, near-threshold misses on sparse FAQs, each in other words than the message that showed it. A sparse
# family practice: hours beside holidays, a walk-in entry asked "to be seen", a vaccines entry whose answer also says
# no appointment is needed, and a self-pay entry naming an income-based discount only in its answer.
_ROUND36 = """
faqs:
  - id: hours
    questions: ["What are your hours?", "Are you open on Sundays?"]
    answer: Open daily 7am to 9pm.
  - id: holidays
    questions: ["Are you open on holidays?"]
    answer: On most holidays we are open 10am to 4pm. Closed on Christmas Day.
  - id: walk-in
    questions: ["Do I need an appointment to be seen?"]
    answer: No appointment is needed. Walk in whenever we are open.
  - id: shots
    questions: ["Do you give vaccines?"]
    answer: We give flu, tetanus and hepatitis B shots. No appointment needed.
  - id: uninsured
    questions: ["What if I have no coverage?"]
    answer: A basic visit is $95 without insurance. Ask about our sliding fee scale.
  - id: booking
    questions: ["How do I book a visit?"]
    answer: Call us or use the portal.
"""


@pytest.fixture
def round36(tmp_path: Path) -> Matcher:
    return Matcher(faq.load(write_faq(tmp_path, _ROUND36)))


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("is it ok to just walk in", "walk-in"),  # not a tie with the shots entry's "no appointment needed"
        ("is there a sliding scale", "uninsured"),  # only the answer names it, and no other entry shares a word
        ("are you open on new years", "holidays"),
    ],
)
def test_round36_sparse_near_misses_answer(round36: Matcher, text: str, entry: str) -> None:
    best = round36.assess(text).best
    assert best is not None, round36.assess(text)
    assert best.entry.id == entry


@pytest.mark.parametrize(
    "text",
    [
        "do you offer allergy shots",  # an allergy shot is a treatment, not one of the vaccines the entry names
        "can i get allergy injections here",
        "how do i change my sliding door",  # a word the FAQ does not know: no lower threshold
    ],
)
def test_round36_sparse_look_alikes_stay_with_staff(round36: Matcher, text: str) -> None:
    assert round36.assess(text).best is None, round36.assess(text)


def test_round36_setting_up_is_not_moving() -> None:
    assert "reschedule" not in lexicon.fold_phrases("how can we set it up").split()
    assert "reschedule" in lexicon.fold_phrases("can you set my visit back a week").split()


_SCHEDULED_SHOTS = """
faqs:
  - id: flu
    questions: ["Do you have flu shots?", "Where can I get a flu vaccine?"]
    answer: Flu shots for everyone 6 months and older, walk in weekdays.
  - id: covid
    questions: ["Do you have the covid vaccine?"]
    answer: Covid vaccines for everyone 6 months and older, by appointment.
  - id: well-child
    questions: ["When does my child need vaccines?"]
    answer: Babies get their vaccines at the well-child visits, on the schedule your pediatrician follows.
"""


def test_a_childs_scheduled_shots_are_not_the_flu_shot(tmp_path: Path) -> None:
    """A child's shots named by an age or a stage are their own kind (lead batch 32's "2 month shots" got the flu
    answer): an entry about them answers, one naming other vaccines does not, and no "did you mean" offers two
    wrong kinds."""
    full = Matcher(faq.load(write_faq(tmp_path, _SCHEDULED_SHOTS)))
    scheduled = full.assess("my son is due for his 12 month vaccines, when").best
    assert scheduled is not None
    assert scheduled.entry.id == "well-child"
    no_schedule = _SCHEDULED_SHOTS.split("  - id: well-child", maxsplit=1)[0]
    flu_and_covid = Matcher(faq.load(write_faq(tmp_path, no_schedule)))
    for text in ("my son is due for his 12 month vaccines, when", "can we come in for her preschool shots"):
        outcome = flu_and_covid.assess(text)
        assert outcome.best is None, outcome
        assert not outcome.clarify, outcome
    flu = flu_and_covid.assess("can my 6 month old get a flu shot").best
    assert flu is not None
    assert flu.entry.id == "flu"


@pytest.mark.parametrize(
    "text",
    [
        "cancel thursday's visit & what's the fax number",
        "need my vaccination card + a sick note for school",
        "mail me the itemized statement & also a copy of my chart",
    ],
)
def test_two_requests_joined_by_signs_go_to_staff(matcher: faq.Matcher, text: str) -> None:
    assert matcher.assess(text).best is None


def test_short_second_part_naming_another_entrys_topic_is_a_second_request(tmp_path: Path) -> None:
    """The second part scores too low to answer alone, but asks what another entry's questions ask about."""
    body = """
faqs:
  - id: refills
    questions: ["How do I get a refill?"]
    answer: Ask your pharmacy; if you need a visit first we will book an appointment for you.
  - id: booking
    questions: ["How do I book an appointment?"]
    answer: Call us or use the portal.
"""
    m = faq.Matcher(faq.load(write_faq(tmp_path, body)))
    assert m.assess("how do i get a refill and a new appointment").best is None
    outcome = m.assess("how do i get a refill of my cream")
    assert outcome.best is not None
    assert outcome.best.entry.id == "refills"


def test_asking_leave_to_take_a_medicine_goes_to_staff_unless_the_entry_asks_it(tmp_path: Path) -> None:
    body = """
faqs:
  - id: sports-physical
    questions: ["Do you do sports physicals?"]
    answer: Yes, bring the school form and a list of your medicines.
  - id: fasting
    questions: ["Can I take my medicines before a fasting test?"]
    answer: Yes, take your usual medicines with water unless told otherwise.
"""
    m = faq.Matcher(faq.load(write_faq(tmp_path, body)))
    assert m.assess("should i stop my allergy meds before the sports physical").best is None
    outcome = m.assess("can i take my medicines before the fasting test")
    assert outcome.best is not None
    assert outcome.best.entry.id == "fasting"


def test_a_child_named_by_age_is_not_answered_by_an_entry_that_never_speaks_of_children(tmp_path: Path) -> None:
    body = """
faqs:
  - id: flu-prices
    questions: ["How much is a flu shot?"]
    answer: The flu shot is $40 and takes five minutes.
  - id: children
    questions: ["Do you see children?"]
    answer: Yes, from age 2; a parent must come along for any shot.
"""
    m = faq.Matcher(faq.load(write_faq(tmp_path, body)))
    assert m.assess("can our 7 yr old have a flu shot with you").best is None
    outcome = m.assess("how much is the flu shot")
    assert outcome.best is not None
    assert outcome.best.entry.id == "flu-prices"


def test_a_physical_asked_as_an_exam_is_not_a_screen_named_in_another_title(tmp_path: Path) -> None:
    body = """
faqs:
  - id: school-screen
    title: School drug screens
    questions: ["Do I need to book a drug test?"]
    answer: No booking is needed for a school drug screen; results go to the school in a day.
  - id: school-physical
    title: School physicals
    questions: ["Do you do physicals for school?"]
    answer: Yes, bring the school's form; the physical takes 30 minutes.
"""
    m = faq.Matcher(faq.load(write_faq(tmp_path, body)))
    outcome = m.assess("how long does the school examination take")
    assert outcome.best is None or outcome.best.entry.id == "school-physical"
    screen = m.assess("is booking needed for the drug screen")
    assert screen.best is not None
    assert screen.best.entry.id == "school-screen"


def test_a_copy_of_ones_results_is_not_answered_by_an_entry_whose_answer_only_mentions_them(tmp_path: Path) -> None:
    body = """
faqs:
  - id: tb
    questions: ["Do you do TB tests?"]
    answer: Yes, walk in Monday to Thursday; results are read 2 days later.
  - id: hours
    questions: ["What are your hours?"]
    answer: 8 to 5 on weekdays.
"""
    m = faq.Matcher(faq.load(write_faq(tmp_path, body)))
    assert m.assess("please fax me my tb test results").best is None


def test_a_bare_how_much_after_a_service_asks_its_price(tmp_path: Path) -> None:
    """Round 41: "how much?" after naming a service is that service's price, not a second request."""
    body = """
faqs:
  - id: massage
    questions: ["Do you offer massage therapy?"]
    answer: Yes, our therapists give 60-minute massages for $80.
  - id: visit-cost
    questions: ["How much does a visit cost?"]
    answer: A physiotherapy visit is $120 without insurance.
"""
    m = faq.Matcher(faq.load(write_faq(tmp_path, body)))
    outcome = m.assess("do you offer massage therapy? how much is it")
    assert outcome.best is not None
    assert outcome.best.entry.id == "massage"
    assert m.assess("do you offer massage therapy? and how much is a visit").best is None


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # round 42: a question asked by its first word, with how the writer's day, ride, move or phone fits it
        ("when do you open saturdays, heading to my second job after", "opening-hours"),
        ("wheres the clinic, my brother is dropping me off", "location"),
        ("we are moving across the country next month, can you send my records to my new doctor", "medical-records"),
        ("do you have video visits? dont have a car right now", "telehealth"),
        ("¿dónde se estacionan? mi hijo me lleva en su carro", "parking"),
        ("¿puedo ir sin cita? no tengo carro hasta el viernes", "walk-ins"),
    ],
)
def test_round42_circumstance_beside_a_question_is_backstory(brain: Brain, text: str, entry: str) -> None:
    decision = brain.decide(text)
    assert (decision.route, decision.faq_id) == (Route.FAQ, entry), decision.reason


@pytest.mark.parametrize(
    "text",
    [
        # the statement is the point, names another entry's topic, or a medicine is asked for: staff
        "we are moving across the country next month, can i get 90 days of my pills first",
        "my son takes the bus to school, can we get a late appointment",
        "when do you open saturdays, my knee gave out at work",
        "wheres the clinic, my mom is moving into a nursing home",
        "are my lab results in? and i need a form for my job",
    ],
)
def test_round42_a_statement_that_matters_still_goes_to_staff(brain: Brain, text: str) -> None:
    assert brain.decide(text).route is not Route.FAQ


# Round 43: the sole topical candidate. On a sparse FAQ the right entry can score under ANSWER_THRESHOLD with nothing
# else near; it answers from TOPICAL_THRESHOLD when it explains every topic word (two or more), the words its questions
# ask weigh at least as much as those only its answer names, no word is unknown to the FAQ (but for how the writer
# gets here), and the message asks or requests something.
@functools.cache
def _bench_brain(name: str) -> Brain:
    return Brain.load(BENCH / f"{name}_faq.yaml")


@pytest.mark.parametrize(
    ("faq_name", "text", "entry"),
    [
        ("urgentcare", "what do stitches cost", "self-pay"),
        ("urgentcare", "stitches, what do they cost?", "self-pay"),
        ("urgentcare", "what does it cost to get stitches", "self-pay"),
    ],
)
def test_round43_the_sole_topical_candidate_answers_under_the_threshold(faq_name: str, text: str, entry: str) -> None:
    brain = _bench_brain(faq_name)
    outcome = brain.matcher.assess(text)
    assert outcome.best is not None
    assert outcome.best.entry.id == entry
    runner_up = outcome.candidates[1].score if len(outcome.candidates) > 1 else 0.0
    # the rule is what answers: under the usual threshold, nothing near
    assert matcher_module.TOPICAL_THRESHOLD <= outcome.best.score < matcher_module.ANSWER_THRESHOLD
    assert runner_up <= matcher_module.TOPICAL_RUNNER_UP


@pytest.mark.parametrize(
    ("faq_name", "text"),
    [
        # the same words as a statement, not a question or request
        ("pharmacy", "coupons for my medication"),
        ("urgentcare", "i know what stitches cost"),
        # a word the FAQ never uses is what is asked about (a near miss)
        ("urgentcare", "what do stitches for my cat cost"),
        # a request for a person still goes to a person
        ("oncology", "is there assistance with treatment copays? i want to talk to someone"),
        # the rarest word is one the entry's answer only mentions ("Most MRI, CT and PET scans need approval")
        ("imaging", "can you guys do a pet scan for me"),
        ("imaging", "is a pet scan something you do"),
        # (and so, the price of this rule: a coupon named only in the answer of "How much will my medicine cost?")
        ("pharmacy", "got coupons for medicine?"),
    ],
)
def test_round43_the_sole_topical_rule_keeps_statements_near_misses_and_people_for_staff(
    faq_name: str, text: str
) -> None:
    assert _bench_brain(faq_name).decide(text).route is not Route.FAQ


def test_round43_a_single_topic_word_is_not_enough(brain: Brain) -> None:
    # "sick" alone is asked by the sick-note entry; a same-day visit is not a form
    assert brain.decide("do you have anything today im sick").route is not Route.FAQ


def test_round43_thresholds_keep_their_order() -> None:
    assert matcher_module.TOPICAL_RUNNER_UP + matcher_module.MARGIN <= matcher_module.TOPICAL_THRESHOLD
    assert matcher_module.TOPICAL_THRESHOLD < matcher_module.SOLE_THRESHOLD < matcher_module.ANSWER_THRESHOLD


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # a question ended with a full stop, then a plain sentence of circumstance
        ("Do you have a parking garage. My grandson brings me.", "parking"),
        ("What are your hours on Saturday. I work weekdays.", "opening-hours"),
        ("Where exactly is the office. I have never been to your building.", "location"),
        # a sentence of idle circumstance is dropped before scoring
        ("How do I see my lab results. I am not good with computers.", "test-results"),
        ("I will be a bit late this morning. My ride has not shown up yet.", "running-late"),
        ("Can you send me the clinic phone number. I misplaced the appointment card.", "contact-phone"),
        # a follow-on of light words only asks how to go about the first sentence's request
        ("I want to book a check up for next month. How do I go about that.", "book-appointment"),
    ],
)
def test_round44_full_stop_questions_with_circumstance_are_answered(brain: Brain, text: str, entry: str) -> None:
    d = brain.decide(text)
    assert d.route is Route.FAQ
    assert d.faq_id == entry


@pytest.mark.parametrize(
    "text",
    [
        # two requests joined by "and also" stay two, with or without a question mark
        "can i get a refill and also book a physical",
        "can i cancel tomorrow's visit and book one for next month",
        # two asked sentences stay two
        "Where is the office. What insurance do you take.",
        # a second sentence about the body is no circumstance
        "Is there parking. My chest has been tight all morning.",
    ],
)
def test_round44_full_stop_questions_keep_second_requests_and_symptoms_for_staff(brain: Brain, text: str) -> None:
    assert brain.decide(text).route is not Route.FAQ


@pytest.mark.parametrize(
    "text",
    [
        "do you accept humana? i couldnt find it on the list on your website",
        "i looked on your website and didnt see cigna, do you take it",
        "cigna isnt on your list online, do you still take it",
        "your website doesnt say if you take tricare, do you",
        "no aparece mi seguro en la lista de su pagina, aceptan molina?",
        "no lo encontre en su pagina web, aceptan el seguro de ambetter?",
    ],
)
def test_round46_an_answer_that_points_where_the_writer_already_looked_is_not_given(brain: Brain, text: str) -> None:
    # the insurance entry says "the full list is on our website": the writer has been there, staff look it up
    decision = brain.decide(text)
    assert decision.route is Route.AGENT
    assert decision.candidates
    assert decision.candidates[0].entry.id == "insurance-accepted"


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("do you take humana", "insurance-accepted"),
        # the location entry gives the address itself: not finding it on the site is why one asks
        ("I couldn't find your address on the website, where are you?", "location"),
        ("i looked everywhere for parking info. where do i park?", "parking"),
    ],
)
def test_round46_an_answer_that_gives_the_thing_itself_is_still_given(brain: Brain, text: str, entry: str) -> None:
    decision = brain.decide(text)
    assert (decision.route, decision.faq_id) == (Route.FAQ, entry)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # round 57: one question with a sentence of context beside it (purpose, constraint, device, caregiving)
        ("are you open saturdays? my husband's on dialysis mon/wed/fri so weekdays are tough", "opening-hours"),
        ("do you have interpreters? my mother-in-law only speaks korean", "interpreters"),
        ("where do i park? my dad uses a walker and cant walk far", "parking"),
    ],
)
def test_round57_context_beside_one_question_is_no_second_request(brain: Brain, text: str, entry: str) -> None:
    decision = brain.decide(text)
    assert (decision.route, decision.faq_id) == (Route.FAQ, entry), decision.reason


@pytest.mark.parametrize(
    "text",
    [
        # round 57: a real second request, a device service or a clinical question beside the question: staff
        "what time do you open? need to cancel my appointment for friday",
        "where do i park? also want to book a physical for my son",
        "my grandpa's pacemaker check is due, how do i book it",
        "do you have flu shots? my husband uses a walker and his leg is swollen",
    ],
)
def test_round57_a_second_request_beside_the_context_stays_with_staff(brain: Brain, text: str) -> None:
    assert brain.decide(text).route is not Route.FAQ


def test_round60_going_on_logging_is_record_keeping_not_a_login(matcher: Matcher) -> None:
    text = "HHA: client's ankles get a little puffy by evening, same on both sides, gone by morning. Keep logging?"
    assert matcher.match(text) is None
    assert "login" in matcher.index.analyse("been logging in fine until today").terms


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # round 62: what the visit, test or medicine is for, beside an errand whose answer is the same for every kind
        ("locked out of the portal again, forgot my password 🙃 trying to check my hcg bloodwork", "portal-password"),
        ("Running about 15 min behind for my 2:30 prenatal, toddler meltdown. Still ok to come?", "running-late"),
        ("are you guys open saturdays? really hard to get off work for a pelvic exam", "opening-hours"),
        ("We're moving to Texas in June, can you send my prenatal records to my new OB there?", "medical-records"),
        ("i need to cancel my IUD insertion, is there a fee", "cancel-appointment"),
        ("how do i make an appointment for my 2 month old's checkup", "book-appointment"),
    ],
)
def test_round62_what_a_visit_is_for_is_context_beside_an_errand(brain: Brain, text: str, entry: str) -> None:
    decision = brain.decide(text)
    assert (decision.route, decision.faq_id) == (Route.FAQ, entry), decision.reason


@pytest.mark.parametrize(
    "text",
    [
        # round 62: whether the clinic offers the kind, its price or coverage, the body, or a second request: staff
        "do you do pap smears on saturdays?",
        "how do i book an IUD insertion?",
        "is my pap covered by insurance? need to book one",
        "how do i reset my password to see my hcg levels, are they normal?",
        "what time do you open? my pregnancy test was positive",
        "my prenatal appointment is tomorrow, can i move it? I've been bleeding a little",
        "i need to reschedule my annual, also can you renew my birth control",
        "how do I refill my testosterone early, I'm traveling",
    ],
)
def test_round62_the_kind_asked_about_stays_with_staff(brain: Brain, text: str) -> None:
    assert brain.decide(text).route is not Route.FAQ


def test_round62_kind_words_are_context_only_beside_an_errand_said_of_ones_own() -> None:
    def kinds(text: str) -> frozenset[str]:
        terms = frozenset(lexicon.term(w) for w in text.split())
        return context.kind_terms(terms, terms, text)

    assert kinds("where do i park for my prenatal visit") >= {lexicon.term("prenatal")}
    assert not kinds("do you do prenatal visits")  # no errand: whether the clinic offers it
    assert not kinds("where to park for prenatal visits")  # nobody's own visit
    # a child is who the visit is for beside coming in, but another's portal or records go through proxy access
    assert lexicon.term("son") in kinds("can i cancel my son appointment")
    assert lexicon.term("son") not in kinds("can i see my son records on the portal")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # round 63: who the visit is for, what they bring and a sentence of circumstance, beside an errand whose
        # answer is the same whoever comes
        ("where do we park? I'll have a stroller and a toddler with me", "parking"),
        ("where do I park? my husband uses a walker and can't go far", "parking"),
        (
            "will the clinic be open on the 4th of july? one of my clients usually comes in that week",
            "holiday-closures",
        ),
        (
            "AL aide - resident had bloodwork Monday, when do results usually come back? her son keeps asking us",
            "test-results",
        ),
        (
            "my dad has his follow up on friday and i can't get off early. how do i reschedule it for him?",
            "reschedule-appointment",
        ),
        # a first-timer or newcomer asking the way: not the new-patient entry
        ("whats the address, first time coming, we just moved here", "location"),
    ],
)
def test_round63_who_the_visit_is_for_is_context_beside_an_errand(brain: Brain, text: str, entry: str) -> None:
    decision = brain.decide(text)
    assert (decision.route, decision.faq_id) == (Route.FAQ, entry), decision.reason


@pytest.mark.parametrize(
    "text",
    [
        # round 63: the person's body, a named thing's price, proxy access, a status or consent question: staff
        "can my son come in today, he has a fever of 103 and won't drink",
        "how much does an ekg cost for my father? he doesn't have insurance",
        "how much would a pap smear cost without insurance? I'm a student",
        "im 11 can i come in without my mom",
        "my son was just diagnosed with epilepsy, can i make an appointment for him",
        "i have power of attorney for my mom, can i log into her patient portal and see her test results",
        "ya llegaron mis resultados? el dr dijo q me llamaban y nada",
        "can the nurse call me back about his results",
    ],
)
def test_round63_the_persons_body_price_or_access_stays_with_staff(brain: Brain, text: str) -> None:
    assert brain.decide(text).route is not Route.FAQ


def test_round63_who_words_are_context_beside_errands_for_anyone() -> None:
    def kinds(text: str) -> frozenset[str]:
        terms = frozenset(lexicon.term(w) for w in text.split())
        return context.kind_terms(terms, terms, text)

    assert lexicon.term("nephew") in kinds("when are my nephew results back")
    assert lexicon.term("resident") in kinds("can our resident do a video visit")
    # what a test is for is no context beside results: "when are my biopsy results back" is not only its entry's
    assert lexicon.term("pap") not in kinds("when are my pap results back")
    # a first name said as whose visit it is
    assert "liam" in kinds("can we move liams appt to friday")
    # a person the visit is without is no context: a minor's consent
    assert not kinds("can i come in without my mom")


@pytest.mark.parametrize(
    ("text", "route", "entry"),
    [
        # round 64 (held-out batch 47): the price of an exam or test the entry does not name, though the FAQ names it
        # elsewhere, is staff's; the standard visit's price, or an errand's fee whatever the visit, is the entry's
        ("How much is a DOT physical if I pay cash", Route.AGENT, None),
        ("what's the price of a lipid panel if I pay cash?", Route.AGENT, None),
        ("how much is a visit if I don't have insurance", Route.FAQ, "self-pay"),
        ("i dont have insurance what does a checkup cost", Route.FAQ, "self-pay"),
        ("is there a fee if I cancel my pap smear tomorrow", Route.FAQ, "cancel-appointment"),
    ],
)
def test_round64_a_price_of_a_kind_the_entry_does_not_name_is_staffs(
    brain: Brain, text: str, route: Route, entry: str | None
) -> None:
    decision = brain.decide(text)
    assert (decision.route, decision.faq_id) == (route, entry), decision.reason


def test_round64_priced_kinds_are_the_faqs_terms_and_a_checkup_is_a_visit() -> None:
    assert context.priced_kinds({lexicon.term("physical"), "lipid~"}) == {lexicon.term("physical"), "lipid"}
    assert not context.priced_kinds({lexicon.term("checkup"), lexicon.term("annual"), lexicon.term("cost")})


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # round 82: beside a question sure of an entry whose answer is the same for everyone, the writer's story is
        # set aside: a body told long past or only beside access, a laugh, a move, a new job
        ("Grandpa had his hip done years ago and walks slow. Is there an elevator in your building?", "accessibility"),
        ("my daughter uses a walker now. where can we park close to the door?", "parking"),
        ("Work has been crazy this month lol. What time do you close on Fridays?", "opening-hours"),
        ("got a new job with weird hours. how do i move my appointment to another day?", "reschedule-appointment"),
        ("estamos recien llegados al pueblo. cual es la direccion de la clinica?", "location"),
    ],
)
def test_round82_backstory_beside_a_sure_question_is_set_aside(brain: Brain, text: str, entry: str) -> None:
    decision = brain.decide(text)
    assert (decision.route, decision.faq_id) == (Route.FAQ, entry), decision.reason


@pytest.mark.parametrize(
    "text",
    [
        # round 82: a statement that may be why a person must answer stays: the body now, a death, another's age
        "My knee is still swollen after the fall. Where do I park?",
        "My chest has felt tight since last night. What time do you open?",
        "My wife passed away last month. How do I cancel her appointments?",
        "My son is 16. How do I get into his portal account?",
        "Why did nobody call me back yesterday?? What time do you open?",
    ],
)
def test_round82_a_statement_that_changes_the_answer_stays(brain: Brain, text: str) -> None:
    assert brain.decide(text).route is not Route.FAQ


def test_round82_sentences_and_their_marks() -> None:
    # a title's full stop ends no sentence; what is told of the body as a laugh or long past is no matter of its own
    assert scope.pieces("Please send my records to Dr. Lin. And book me in.") == [
        "Please send my records to Dr. Lin.",
        "And book me in.",
    ]
    assert scope.tells_of_body("My chest feels tight.")
    assert not scope.tells_of_body("that spin class almost killed me lol.")
    assert not scope.tells_of_body("Had a stroke 5 years ago.")
    assert scope.tells_trouble("the website gave me an error twice")
    assert scope.tells_trouble("My husband died in March.")
    assert not scope.tells_trouble("I nearly died laughing at the potluck.")
    assert scope.not_for_all("she is 15")
    assert not scope.not_for_all("we'll be 15 minutes late")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # round 85: beside an entry whose answer is the same for anyone (results, a video visit, a referral, holidays,
        # becoming a patient), the writer's story is set aside as round 82 sets it aside beside the hours
        ("My mother just moved in with us from Florida. Are you taking new patients?", "new-patients"),
        ("My old doctor retired in June. How do I get a referral to a cardiologist?", "referrals"),
        ("Driving in is hard since I sold my car. Can my follow-up be a video visit?", "telehealth"),
        ("Our family is visiting from Manila for the holidays. Are you open on Christmas Eve?", "holiday-closures"),
    ],
)
def test_round85_story_beside_an_errand_the_same_for_anyone_is_set_aside(brain: Brain, text: str, entry: str) -> None:
    decision = brain.decide(text)
    assert (decision.route, decision.faq_id) == (Route.FAQ, entry), decision.reason


@pytest.mark.parametrize(
    "text",
    [
        # round 85: a question leaning on the story for what it asks, a name or birth date for a lookup, another
        # reading the writer's results
        "I keep an epipen in my bag since my reaction last year. Mine expired. Can I get a new one from you?",
        "My inhaler ran out and the spacer cracked. Can I get a new one from the clinic?",
        "Can my daughter see my lab results in the portal? She helps me with everything.",
        # the FAQ's own remedy already failed, or a charge disputed
        "I clicked the reset link three times and no email ever shows up. How do I reset my portal password?",
        "My insurance was supposed to cover the whole visit. How do I pay my bill?",
        "You guys told me you take Medicaid, so how do I pay this bill?",
        "me dijeron que aceptan mi seguro pero me llego una factura, como la pago?",
        # a name or a birth date beside a results question: a lookup
        "Are my husband's results in? His name is Tom Reyes, DOB 2/3/61.",
        "hi this is maria lopez dob 3/14/62, are my results back?",
        # a vehicle no lot is built for, beside parking
        "heading over in the RV with the boat trailer, is there parking?",
    ],
)
def test_round85_a_question_that_needs_a_person_stays_with_staff(brain: Brain, text: str) -> None:
    assert brain.decide(text).route is Route.AGENT


def test_round85_predicates() -> None:
    assert scope.gives_identity("se llama Maria Lopez, nacio el 3 de mayo del 82")
    assert scope.gives_identity("His name is Tom, DOB 2/3/61.")
    assert not scope.gives_identity("My name day is in May, lol.")
    assert scope.tells_failed("I tried the reset link four times and nothing comes to my email.")
    assert scope.tells_failed("he has medicaid and you guys told me you take it")
    assert not scope.tells_failed("why was i charged for a flu shot")
    assert not scope.tells_failed("locked out of the portal again, tried my password like 5 times")
    assert scope.oversized_vehicle("coming in the RV with the trailer.")
    assert not scope.oversized_vehicle("stuck in traffic on the bridge")


@pytest.mark.parametrize(
    "text",
    [
        # round 85: the question alone is sure of the entry a word of the story pulled the whole message away from
        "When will my blood work come back? I had it drawn Monday before the fast started.",
        "What is your address? I will bring my insurance card and photo ID and my list of medicines.",
    ],
)
def test_round85_a_story_pulling_the_message_from_its_question_is_not_answered(brain: Brain, text: str) -> None:
    assert brain.decide(text).route is Route.AGENT


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # a bare question leaning on the story is sure of neither, or of both: answered as before
        ("My daughter can only drive me on Thanksgiving. Are you open that day?", "holiday-closures"),
        (
            "VoiceOver user here. forgot my portal password and now its locked me out after too many tries. help",
            "portal-password",
        ),
    ],
)
def test_round85_a_bare_question_leaning_on_the_story_is_still_answered(brain: Brain, text: str, entry: str) -> None:
    decision = brain.decide(text)
    assert (decision.route, decision.faq_id) == (Route.FAQ, entry), decision.reason


@pytest.mark.parametrize(
    "text",
    [
        # round 87: whether an event goes in the chart, or whether the clinic needs to hear of it, is for a person to
        # decide; the records entry says how to get a copy
        "the school nurse gave him an epipen last spring and he was fine after. does that need to go in his record?",
        "we ended up at urgent care saturday for stitches on her chin, all healed. should i let her doctor know",
        "my daughter fainted at cheer practice in september, she's fine now. do you guys need to know about that?",
        # a question of when a thing named before happens leans on it: "that" is the blood work, not a walk-in
        "they drew my labs at 8 this morning. when would that show up",
        "Had an ultrasound at your office Friday, how soon will it show up?",
    ],
)
def test_round87_a_question_about_what_was_told_before_it_is_not_answered_alone(brain: Brain, text: str) -> None:
    decision = brain.decide(text)
    assert decision.route is Route.AGENT or decision.faq_id == "test-results", decision.faq_id


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # the records errand itself, and a when-question about something named in it, are answered as before
        ("can you send my records to my new doctor", "medical-records"),
        ("how long does it take to fill out a form? my daughter's summer camp sent one home", "forms-letters"),
    ],
)
def test_round87_the_errands_themselves_are_still_answered(brain: Brain, text: str, entry: str) -> None:
    decision = brain.decide(text)
    assert (decision.route, decision.faq_id) == (Route.FAQ, entry), decision.reason


def test_round87_predicates() -> None:
    assert scope.asks_for_the_record("does that go on her chart or do you need to know about it")
    assert scope.asks_for_the_record("mi hijo se cayo pero ya esta bien, eso va en su expediente?")
    assert not scope.asks_for_the_record("how do i get a copy of my chart")
    assert not scope.asks_for_the_record("mis papas quieren saber si aceptan medicaid")
    assert not scope.asks_for_the_record("should i let the office know im running late")
    assert not scope.asks_for_the_record("my insurance card is in my file already")
    assert scope.refers_back("when would that show up")
    assert not scope.refers_back("how long does it take to get results")
    assert not scope.refers_back("when are they open on saturday")
