"""A large, plausible clinic FAQ for speed measurements: the product FAQ plus generated entries.

Generated entries combine ~120 services with question templates, so common words ("insurance",
"appointment", "cost") sit in hundreds of entries, as they would in a big health system's FAQ.
"""

from __future__ import annotations

import random
from dataclasses import replace

from faq.loader import Faq, FaqEntry

SERVICES = (
    "allergy testing", "physical therapy", "occupational therapy", "speech therapy", "mammograms",
    "colonoscopy", "bone density scans", "sleep studies", "hearing tests", "eye exams", "dental cleanings",
    "orthodontics", "acupuncture", "chiropractic care", "nutrition counseling", "diabetes education",
    "weight management", "smoking cessation", "prenatal care", "lactation support", "well child visits",
    "sports physicals", "travel vaccines", "hepatitis b vaccine", "shingles vaccine", "hpv vaccine",
    "tetanus shots", "tb testing", "std testing", "pregnancy testing", "drug screening", "dot physicals",
    "immigration exams", "wound care", "stitches removal", "wart removal", "mole checks", "skin biopsies",
    "ear wax removal", "iv infusions", "allergy shots", "asthma checks", "copd care", "heart monitoring",
    "ekg", "stress tests", "echocardiograms", "ultrasounds", "x rays", "mri scans", "ct scans",
    "blood draws", "urine tests", "genetic testing", "fertility consults", "vasectomy consults",
    "birth control visits", "iud insertion", "menopause care", "pelvic exams", "pap smears",
    "prostate exams", "hormone therapy", "thyroid care", "kidney care", "dialysis referrals",
    "pain management", "migraine care", "memory screening", "fall prevention", "home health visits",
    "hospice referrals", "palliative care", "mental health counseling", "psychiatry visits",
    "addiction treatment", "suboxone treatment", "group therapy", "parenting classes",
    "childbirth classes", "cpr classes", "support groups", "care coordination", "social work",
    "financial counseling", "medical interpreting", "patient advocacy", "second opinions",
    "telehealth follow ups", "remote monitoring", "medication reviews", "pharmacy consults",
    "compounded medicines", "mail order pharmacy", "durable medical equipment", "wheelchair rentals",
    "crutches", "hearing aids", "glasses fittings", "contact lens fittings", "foot care", "podiatry",
    "dermatology visits", "cardiology visits", "neurology visits", "urology visits", "gynecology visits",
    "endocrinology visits", "rheumatology visits", "oncology visits", "infusion center",
    "wound clinic", "sleep clinic", "pediatric urgent care", "adult urgent care", "lab services",
    "imaging services", "vaccination clinic", "flu clinic", "covid testing", "employer health",
)  # fmt: skip

TEMPLATES = (
    ("Do you offer {s}?", "Can I get {s} at your clinic?"),
    ("How do I book {s}?", "How can I schedule {s}?"),
    ("How much does {s} cost?", "What is the price of {s}?"),
    ("Is {s} covered by insurance?", "Does my insurance pay for {s}?"),
    ("What should I bring to {s}?", "How do I prepare for {s}?"),
    ("How long does {s} take?", "How much time should I plan for {s}?"),
    ("Where is {s} located?", "Which building has {s}?"),
    ("Can I get {s} on weekends?", "Are {s} available on Saturday?"),
    ("Do I need a referral for {s}?", "Does {s} need an order from my doctor?"),
    ("When will I get results from {s}?", "How long until {s} results are ready?"),
)


def large_faq(base: Faq, size: int, seed: int = 20261123) -> Faq:
    """`base` plus generated entries up to `size` entries in total (deterministic)."""
    rng = random.Random(seed)
    pairs = [(s, t) for s in SERVICES for t in TEMPLATES]
    rng.shuffle(pairs)
    entries: list[FaqEntry] = list(base.entries)
    for n, (service, (first, second)) in enumerate(pairs[: max(0, size - len(entries))]):
        entries.append(
            FaqEntry(
                id=f"gen-{n:04d}",
                questions=(first.format(s=service), second.format(s=service)),
                answer=f"About {service}: please see our website or call us; our staff will help you.",
                line=0,
            )
        )
    return replace(base, entries=tuple(entries))
