"""Load and validate the FAQ YAML (the contract with clinic admins); errors name file, line and entry."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml's parser, when PyYAML was built with it (its wheels are): ~10x faster, the same marks
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - a PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]

from faq.errors import FaqError

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
KNOWN_KEYS = {
    "id",
    "questions",
    "answer",
    "reviewed_by",
    "reviewed_on",
    "keywords",
    "translations",
    "tags",
    "title",
    "synonyms",  # another name for keywords
    "answer_es",  # the flat form of translations: {es: {answer, questions}}
    "questions_es",
}
LANGUAGES = ("es",)
# First words that make a label a question even when it is written without a question mark.
_ASKING = {
    "en": frozenset(
        "how what when where why who whom whose which can could do does did is are was were will would should "
        "shall may might am have has".split()
    ),
    "es": frozenset("cómo qué cuándo dónde adónde cuál cuáles quién quiénes cuánto cuánta cuántos cuántas".split()),
}


@dataclass(frozen=True)
class Translation:
    """An entry's answer (and optional phrasings) in another language."""

    answer: str
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class FaqEntry:
    """One clinician-reviewed question and answer."""

    id: str
    questions: tuple[str, ...]
    answer: str
    reviewed_by: str | None = None
    reviewed_on: dt.date | None = None
    keywords: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    title: str | None = None
    translations: dict[str, Translation] = field(default_factory=dict)
    line: int = 0

    @property
    def answerable(self) -> bool:
        """False for an entry with an empty answer: the topic is known, but staff answer it."""
        return bool(self.answer)

    @property
    def label(self) -> str:
        """A short name for the entry, used in clarifying questions and the console."""
        return self.title or self.questions[0].rstrip("?")

    def label_in(self, lang: str) -> str:
        """The label in `lang`: the first translated question when there is one, else `label`."""
        tr = self.translations.get(lang)
        if tr and tr.questions:
            return tr.questions[0].strip("¿?¡! ")
        return self.label

    def question_in(self, lang: str) -> str | None:
        """The label as a punctuated question in its own language ("¿Cómo cambio mi cita?"); None for a topic."""
        tr = self.translations.get(lang)
        source, source_lang = (self.title or self.questions[0], "en")
        if tr and tr.questions:
            source, source_lang = tr.questions[0], lang
        core = source.strip("¿?¡! ")
        words = core.lower().split()
        asking = _ASKING.get(source_lang, _ASKING["en"])
        if not core or not (source.rstrip().endswith("?") or source.lstrip().startswith("¿") or words[0] in asking):
            return None
        return f"¿{core}?" if source_lang == "es" else f"{core}?"

    def answer_in(self, lang: str) -> str:
        """The answer in `lang` when the entry has one, else the default answer."""
        tr = self.translations.get(lang)
        return tr.answer if tr else self.answer


@dataclass(frozen=True)
class Faq:
    """A validated FAQ file."""

    path: Path
    entries: tuple[FaqEntry, ...]
    warnings: tuple[str, ...] = ()

    def get(self, entry_id: str) -> FaqEntry | None:
        """The entry with this id, or None."""
        return next((e for e in self.entries if e.id == entry_id), None)


class _LineLoader(SafeLoader):
    """SafeLoader that remembers the line each mapping starts on, for error messages."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping  # type: ignore[return-value]


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load(path: str | Path) -> Faq:
    """Read and validate an FAQ file; raise FaqError naming the file, line or entry, and the problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FaqError(f"{path}: cannot read the FAQ file ({exc})") from None
    return parse(text, path)


def parse(text: str, path: Path) -> Faq:
    """Validate FAQ YAML text that came from `path`."""
    try:
        doc = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise FaqError(f"{path}{where}: not valid YAML: {problem}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("faqs"), list):
        raise FaqError(f"{path}: the file must have a top-level 'faqs:' list of entries")
    warnings: list[str] = []
    entries: list[FaqEntry] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(doc["faqs"], start=1):
        entry = _entry(raw, index, path, warnings)
        if entry.id in seen:
            raise FaqError(
                f"{path} line {entry.line}: entry '{entry.id}': duplicate id (first at line {seen[entry.id]})"
            )
        seen[entry.id] = entry.line
        entries.append(entry)
    if not entries:
        raise FaqError(f"{path}: 'faqs:' has no entries")
    return Faq(path=path, entries=tuple(entries), warnings=tuple(warnings))


def _entry(raw: object, index: int, path: Path, warnings: list[str]) -> FaqEntry:
    if not isinstance(raw, dict):
        raise FaqError(f"{path}: entry #{index}: must be a mapping with id, questions and answer")
    line = int(raw.pop("__line__", 0))
    entry_id = raw.get("id")
    where = f"{path} line {line}: entry '{entry_id}'" if entry_id else f"{path} line {line}: entry #{index}"
    if not isinstance(entry_id, str) or not SLUG.match(entry_id):
        raise FaqError(f"{where}: 'id' must be a slug of lower-case letters, digits and dashes")
    unknown = sorted(set(raw) - KNOWN_KEYS)
    if unknown:
        warnings.append(f"{where}: unknown key(s) {', '.join(unknown)} ignored")
    return FaqEntry(
        id=entry_id,
        questions=_strings(raw.get("questions"), f"{where}: 'questions'", required=True),
        answer=_answer(raw, where),
        reviewed_by=_optional_text(raw.get("reviewed_by"), f"{where}: 'reviewed_by'"),
        reviewed_on=_date(raw.get("reviewed_on"), f"{where}: 'reviewed_on'"),
        keywords=_strings(raw.get("keywords"), f"{where}: 'keywords'", required=False)
        + _strings(raw.get("synonyms"), f"{where}: 'synonyms'", required=False),
        tags=_strings(raw.get("tags"), f"{where}: 'tags'", required=False),
        title=_optional_text(raw.get("title"), f"{where}: 'title'"),
        translations=_translations(raw.get("translations"), where) | _flat_spanish(raw, where),
        line=line,
    )


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise FaqError(f"{where} must be non-empty text")
    return " ".join(value.split()) if "\n" not in value.strip() else value.strip()


def _answer(raw: dict[str, Any], where: str) -> str:
    # An empty answer is allowed (the check command warns): messages matching it go to staff, which
    # lets a clinic name topics the bot must never answer instead of letting a neighbour answer them.
    if "answer" not in raw:
        raise FaqError(f"{where}: 'answer' is missing (use an empty answer to send the topic to staff)")
    value = raw["answer"]
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    return _text(value, f"{where}: 'answer'")


def _optional_text(value: object, where: str) -> str | None:
    return None if value is None else _text(value, where)


def _strings(value: object, where: str, *, required: bool) -> tuple[str, ...]:
    if value is None and not required:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or (required and not value):
        raise FaqError(f"{where} must be a list of one or more phrases")
    out = []
    for item in value:
        if not isinstance(item, str | int | float) or not str(item).strip():
            raise FaqError(f"{where} has an empty or non-text item: {item!r}")
        out.append(str(item).strip())
    return tuple(out)


def _date(value: object, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise FaqError(f"{where} must be a date like 2026-11-01, got {value!r}")


def _translations(value: object, where: str) -> dict[str, Translation]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise FaqError(f"{where}: 'translations' must map a language code (es) to answer/questions")
    out: dict[str, Translation] = {}
    for lang, body in value.items():
        if lang == "__line__":
            continue
        if lang not in LANGUAGES:
            raise FaqError(f"{where}: translation language {lang!r} is not supported (use: {', '.join(LANGUAGES)})")
        if isinstance(body, str):  # `es: "Abrimos…"`: the answer alone
            out[lang] = Translation(answer=_text(body, f"{where}: translations.{lang}"), questions=())
            continue
        if not isinstance(body, dict):
            raise FaqError(f"{where}: translations.{lang} must have 'answer' (and optional 'questions')")
        out[lang] = Translation(
            answer=_text(body.get("answer"), f"{where}: translations.{lang}.answer"),
            questions=_strings(body.get("questions"), f"{where}: translations.{lang}.questions", required=False),
        )
    return out


def _flat_spanish(raw: dict[str, Any], where: str) -> dict[str, Translation]:
    """`answer_es` / `questions_es` beside `answer`: the same as translations.es, for files written that way."""
    if "answer_es" not in raw and "questions_es" not in raw:
        return {}
    if isinstance(raw.get("translations"), dict) and "es" in raw["translations"]:
        raise FaqError(f"{where}: give the Spanish once, in translations.es or in answer_es/questions_es")
    if "answer_es" not in raw:
        raise FaqError(f"{where}: 'questions_es' needs an 'answer_es'")
    return {
        "es": Translation(
            answer=_text(raw["answer_es"], f"{where}: 'answer_es'"),
            questions=_strings(raw.get("questions_es"), f"{where}: 'questions_es'", required=False),
        )
    }
