"""Local learned scorers: logistic models over word n-grams of the engine's folded view.

A model is a bias and a weight per word unigram or bigram; a text's score is the logistic of
the bias plus the weights of the distinct n-grams it contains. A model may also name word
classes (``@harm``: kill, stab, ...): then each class a text uses, each word pair with a class
in it (``@harm @you``) and each two classes a few words apart (``@harm~@body``) are features
too, so a model learns "a weapon taken to a body part" from one phrasing and scores another.
Inference is dict lookups in pure Python (no numpy), so a score costs tens of microseconds and
needs no download. Models are plain JSON (never pickle) with their training credits and a
sha256 of their numbers and classes; ``benchmarks/train_scorer.py`` writes them and
``bot.rulesets`` reads them beside the rules.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count, islice, pairwise, product
from operator import is_not
from typing import TYPE_CHECKING, Any

import re2

from bot.core.errors import RuleError, RuleErrors
from bot.core.normalize import LONG_LETTER_RUN, View, later, one_to_one, unpadded
from bot.core.verdict import Hit

if TYPE_CHECKING:
    from bot.core.readings import Readings
    from bot.core.rules import Rule, ScoreCondition

__all__ = [
    "CLASS_REACH",
    "FORMAT",
    "SCORE_VIEW",
    "Heads",
    "Model",
    "ModelError",
    "Scoring",
    "class_features",
    "class_map",
    "condition_text",
    "features",
    "model_from_json",
    "scorer_words",
    "weights_digest",
]

FORMAT = "modbot-linear-scorer/1"
SCORE_VIEW = "score"  # the ``view`` of a hit made by a score-only rule


class ModelError(ValueError):
    """A model file that is missing, malformed or fails its checksum."""


@dataclass(frozen=True, slots=True, eq=False)
class Model:
    """One scorer head: a name, a bias and a weight per n-gram, its metadata and checksum.

    The weights are also kept split, unigrams apart and bigrams as word pairs, each with a
    frozenset of its keys, so a text is scored from its words without building a string per
    word pair.
    """

    name: str
    bias: float
    weights: Mapping[str, float]
    meta: Mapping[str, Any] = field(default_factory=dict)
    sha256: str = ""
    classes: Mapping[str, Sequence[str]] = field(default_factory=dict)  # class -> its words
    class_of: dict[str, str] = field(init=False, repr=False)  # word -> its class
    _unigrams: dict[str, float] = field(init=False, repr=False)
    _bigrams: dict[tuple[str, str], float] = field(init=False, repr=False)
    _unigram_keys: frozenset[str] = field(init=False, repr=False)
    _bigram_keys: frozenset[tuple[str, str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        unigrams: dict[str, float] = {}
        bigrams: dict[tuple[str, str], float] = {}
        for gram, weight in self.weights.items():
            first, _, second = gram.partition(" ")
            if second:
                bigrams[first, second] = weight
            else:
                unigrams[gram] = weight
        object.__setattr__(self, "class_of", class_map(self.classes))
        object.__setattr__(self, "_unigrams", unigrams)
        object.__setattr__(self, "_bigrams", bigrams)
        object.__setattr__(self, "_unigram_keys", frozenset(unigrams))
        object.__setattr__(self, "_bigram_keys", frozenset(bigrams))

    def score(self, text: str) -> float:
        """The probability-like score in [0, 1] of one text."""
        return self.score_words(scorer_words(text, one_to_one(text)))

    def score_features(self, feats: set[str]) -> float:
        """The score of a text already turned into features (as training sees them)."""
        get = self.weights.get
        return _logistic(self.bias + sum(get(f, 0.0) for f in feats))

    def score_words(self, words: Sequence[str]) -> float:
        """The score of a text's ``scorer_words``: ``score_features`` of their features.

        Each distinct unigram and word pair counts once; set intersections find the ones
        the model weighs, so the cost per word is C's, not a Python loop's.
        """
        unigrams = self._unigram_keys.intersection(words)
        pairs = self._bigram_keys.intersection(zip(words, islice(words, 1, None), strict=False))
        z = self.bias + sum(map(self._unigrams.__getitem__, unigrams))
        z += sum(map(self._bigrams.__getitem__, pairs))
        if self.class_of:
            singles, class_pairs = class_features(words, self.class_of)
            z += sum(map(self._unigrams.__getitem__, self._unigram_keys.intersection(singles)))
            z += sum(map(self._bigrams.__getitem__, self._bigram_keys.intersection(class_pairs)))
        return _logistic(z)


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0


# Two classes count as near each other this many words apart at most (``@harm~@body``).
CLASS_REACH = 4


def features(text: str, classes: Mapping[str, str] | None = None) -> set[str]:
    """Distinct word unigrams and bigrams of the text's folded view (single letters joined),
    and with ``classes`` (word -> class) the class features of ``class_features``."""
    words = scorer_words(text, one_to_one(text))
    feats = set(words)
    feats.update([a + " " + b for a, b in pairwise(words)])
    if classes:
        singles, pairs = class_features(words, classes)
        feats.update(singles)
        feats.update([a + " " + b for a, b in pairs])
    return feats


def class_features(
    words: Sequence[str], classes: Mapping[str, str]
) -> tuple[set[str], set[tuple[str, str]]]:
    """The class features of ``words``: each class used and each two classes at most
    ``CLASS_REACH`` words apart (``@harm~@body``), and each word pair with a class in it, the
    class standing for its word (``("@harm", "@you")``, ``("a", "@weapon")``). Class names
    start with ``@``, which no word has, so none equals a plain feature. Linear in the words:
    each class looks ahead at most ``CLASS_REACH`` words."""
    mapped = list(map(classes.get, words, words))
    # A word outside every class maps to itself, the very same object: the class words'
    # places are found in C.
    at = list(compress(count(), map(is_not, mapped, words)))
    singles: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    last, found = len(mapped) - 1, len(at)
    for j, i in enumerate(at):
        first = mapped[i]
        singles.add(first)
        if i > 0:
            pairs.add((mapped[i - 1], first))
        if i < last:
            pairs.add((first, mapped[i + 1]))
        for k in range(j + 1, min(j + 1 + CLASS_REACH, found)):
            if at[k] - i > CLASS_REACH:
                break
            singles.add(first + "~" + mapped[at[k]])
    return singles, pairs


def scorer_words(text: str, pres: tuple[str, str] | None) -> list[str]:
    """The words of ``normalize.build``'s collapsed view, else its folded one, made from
    ``one_to_one(text)`` (which the engine has) without the views unused here.

    The folded view is split once: its words are the answer unless it calls for a
    collapsed view (runs of single letters), the rare case that is split again.
    """
    pre = unpadded(View.FOLDED, text) if pres is None else pres[1]
    words = pre.split()
    if not words:
        return words
    made = later(View.COLLAPSED, " " + " ".join(words) + " ")
    return words if made is None else made.split()


def weights_digest(
    bias: float, weights: Mapping[str, float], classes: Mapping[str, Sequence[str]] | None = None
) -> str:
    """The sha256 of a model's numbers (and word classes, where it has any) in canonical
    JSON, stored in and checked at load."""
    numbers: dict[str, Any] = {"bias": bias, "weights": weights}
    if classes:
        numbers["classes"] = {name: sorted(words) for name, words in classes.items()}
    canonical = json.dumps(numbers, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def class_map(classes: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """Word -> class of a model file's ``classes`` (class -> its words)."""
    return {word: name for name, words in classes.items() for word in words}


def model_from_json(data: Any, name: str) -> Model:
    """Check a parsed model file's shape and checksum; raise ModelError naming the model."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"model {name!r}: not a {FORMAT} file")
    bias, weights, meta = data.get("bias"), data.get("weights"), data.get("meta", {})
    if not isinstance(bias, int | float) or not isinstance(weights, dict):
        raise ModelError(f"model {name!r}: needs a number 'bias' and a mapping 'weights'")
    if not all(isinstance(w, int | float) for w in weights.values()):
        raise ModelError(f"model {name!r}: every weight must be a number")
    classes = _classes(data.get("classes", {}), name)
    if data.get("sha256") != weights_digest(bias, weights, classes):
        raise ModelError(
            f"model {name!r}: sha256 of bias, weights and classes does not match the file"
        )
    meta = meta if isinstance(meta, dict) else {}
    return Model(name, float(bias), weights, meta, data["sha256"], classes)


def _classes(found: Any, name: str) -> dict[str, list[str]]:
    """A model file's ``classes`` (``{"@harm": ["kill", ...]}``), checked: names start with
    ``@``, members are words (no space, no ``@``), and no word is in two classes."""
    if not isinstance(found, dict):
        raise ModelError(f"model {name!r}: 'classes' must map each class to its words")
    seen: dict[str, str] = {}
    for cls, words in found.items():
        if not (isinstance(cls, str) and cls.startswith("@") and isinstance(words, list)):
            raise ModelError(f"model {name!r}: class {cls!r} must start with '@' and list words")
        for word in words:
            if not isinstance(word, str) or not word or " " in word or "@" in word:
                raise ModelError(f"model {name!r}: class {cls}: {word!r} is not a word")
            if word in seen:
                raise ModelError(f"model {name!r}: {word!r} is in both {seen[word]} and {cls}")
            seen[word] = cls
    return found


def condition_text(condition: ScoreCondition | None) -> str:
    """A score condition as a reload diff shows it, naming the model file's checksum."""
    if condition is None:
        return "none"
    checksum = condition.scorer.sha256[:12] or "unknown"
    return f"{condition.model} above {condition.above:g} (model {checksum})"


class Heads:
    """Several models' weights in one table, so that a text's words and word pairs are looked
    up once for all of them: one set intersection per message, not one per model.

    Each n-gram of any model maps to its weight in every model (0.0 where one has none), and
    the models' sums are the columns of the found n-grams' rows, added up by C's ``map``.
    """

    def __init__(self, models: Sequence[Model]) -> None:
        self.models = tuple(models)
        maps = {tuple(sorted(m.class_of.items())): m.name for m in self.models if m.class_of}
        if len(maps) > 1:
            raise ModelError(
                f"models {', '.join(sorted(maps.values()))} are used together but name different"
                " word classes; give them the same classes"
            )
        self._class_of = next((m.class_of for m in self.models if m.class_of), {})
        self._biases = tuple(m.bias for m in self.models)
        unigrams = frozenset().union(*(m._unigram_keys for m in self.models))
        bigrams = frozenset().union(*(m._bigram_keys for m in self.models))
        self._unigrams = {g: tuple(m._unigrams.get(g, 0.0) for m in self.models) for g in unigrams}
        self._bigrams = {p: tuple(m._bigrams.get(p, 0.0) for m in self.models) for p in bigrams}
        self._unigram_keys = unigrams
        self._bigram_keys = bigrams

    def unstretched(self, words: list[str], text: str) -> list[str]:
        """``words`` (of ``text``) with each stretched one (a letter three times or more:
        `kiiiill`, `bettttter`) read as a word the models know, its runs as two letters or
        else one (`kill`, `better`; `soooon` is `soon` before `son`); as written where none is
        known. The models learned from text that seldom stretches a letter, so they know no
        such word. Most texts have no such run, told by one look at the text as written.
        """
        if _WRITTEN_RUN.search(text) is None:
            return words
        known = self._unigram_keys
        return [_known_form(w, known) if LONG_LETTER_RUN.search(w) else w for w in words]

    def scores(self, words: Sequence[str]) -> list[float]:
        """Each model's ``score_words`` of the same words, in the order of ``models``."""
        if len(self.models) == 1:
            return [self.models[0].score_words(words)]
        pairs = zip(words, islice(words, 1, None), strict=False)
        rows = [
            *map(self._unigrams.__getitem__, self._unigram_keys.intersection(words)),
            *map(self._bigrams.__getitem__, self._bigram_keys.intersection(pairs)),
        ]
        if self._class_of:
            singles, class_pairs = class_features(words, self._class_of)
            rows += map(self._unigrams.__getitem__, self._unigram_keys.intersection(singles))
            rows += map(self._bigrams.__getitem__, self._bigram_keys.intersection(class_pairs))
        sums = map(sum, zip(*rows, strict=True)) if rows else (0.0 for _ in self._biases)
        return [_logistic(bias + total) for bias, total in zip(self._biases, sums, strict=True)]


_CASELESS = re2.Options()
_CASELESS.case_sensitive = False
# A letter written three times or more, and the most runs of one word tried both ways.
_RUN = re.compile(r"([a-z])\1{2,}")
# The same as written, any case: RE2's one pass over the text, a backreference in ``re`` costs
# three times as much, and most texts have no run.
_WRITTEN_RUN = re2.compile("|".join(c * 3 for c in string.ascii_lowercase), _CASELESS)
_MOST_RUNS = 3


@lru_cache(maxsize=4096)
def _known_form(word: str, known: frozenset[str]) -> str:
    """The first of ``word``'s readings in ``known``, each run of three letters or more read
    as two letters, then as one; ``word`` itself when none is."""
    parts = _RUN.split(word)  # text, letter, text, letter, ..., text
    letters = parts[1::2]
    if len(letters) > _MOST_RUNS:
        return word
    for counts in product((2, 1), repeat=len(letters)):
        form = "".join(
            part if i % 2 == 0 else part * counts[i // 2] for i, part in enumerate(parts)
        )
        if form in known:
            return form
    return word


class Scoring:
    """The score conditions of a rule set (models come loaded with the rules).

    A rule with only ``score`` hits the whole text when its model scores above the
    threshold; a rule with words or regexes too keeps its term hits only when the score is
    above it as well. Every model some rule uses scores a text at once, from one view of it
    (``Heads``).
    """

    def __init__(self, rules: Sequence[Rule]) -> None:
        self._conditions: dict[str, ScoreCondition] = {
            r.id: r.score for r in rules if r.score is not None
        }
        self.models = {c.model: c.scorer for c in self._conditions.values()}
        self._whole = tuple(r for r in rules if r.score is not None and not (r.words or r.regex))
        # Each model once, by identity: several rules may use one model.
        distinct = {id(c.scorer): c.scorer for c in self._conditions.values()}
        try:
            self._heads = Heads(list(distinct.values()))
        except ModelError as exc:
            # The first rule whose model's classes differ from the first classed model's.
            classed = [
                (rid, c.scorer.class_of) for rid, c in self._conditions.items() if c.scorer.class_of
            ]
            clash = next(rid for rid, found in classed if found != classed[0][1])
            raise RuleErrors([RuleError(str(exc), rule_id=clash)]) from exc
        self._slot = {key: i for i, key in enumerate(distinct)}
        # Rules that also read dialect spellings: their condition holds on the text as read too.
        self._readings = {r.id: r.readings for r in rules if r.score and r.readings}

    def scores(
        self, text: str, reads: Mapping[Readings, tuple[str, list[int]] | None] | None = None
    ) -> dict[str, float]:
        """The score of every model some rule uses, by model name: the higher of the text's
        and, for a model a rule with readings uses, the text's as read (``reads``)."""
        if not self.models:
            return {}
        found = {text: self._scored(text, one_to_one(text))}
        best = {name: found[text][self._slot[id(m)]] for name, m in self.models.items()}
        for rule, readings in self._readings.items():
            read = None if reads is None else reads.get(readings)
            if read is None:
                continue
            if read[0] not in found:
                found[read[0]] = self._scored(read[0], one_to_one(read[0]))
            cond = self._conditions[rule]
            best[cond.model] = max(best[cond.model], found[read[0]][self._slot[id(cond.scorer)]])
        return best

    def _scored(self, text: str, pres: tuple[str, str] | None) -> list[float]:
        """Every model's score of ``text`` (``pres`` is ``one_to_one(text)``), in slot order."""
        heads = self._heads
        return heads.scores(heads.unstretched(scorer_words(text, pres), text))

    def apply(
        self,
        text: str,
        field: str,
        hits: list[Hit],
        pres: tuple[str, str] | None,
        reads: Mapping[Readings, tuple[str, list[int]] | None] | None = None,
    ) -> list[Hit]:
        """Term hits kept only where their rule's score holds, plus score-only rule hits
        (carrying their rule's ``also``); ``pres`` is ``one_to_one(text)``. A rule with
        readings holds when the text as its readings read it (``reads``) scores above too."""
        if not self._conditions:
            return hits
        # Every model's score, per text scored, made on the first condition that asks.
        found: dict[str, list[float]] = {}

        def above(scored: str, scored_pres: tuple[str, str] | None, cond: ScoreCondition) -> bool:
            if scored not in found:
                found[scored] = self._scored(scored, scored_pres)
            return found[scored][self._slot[id(cond.scorer)]] > cond.above

        def holds(rule: str) -> bool:
            cond = conditions[rule]
            if above(text, pres, cond):
                return True
            readings = self._readings.get(rule)
            read = None if readings is None or reads is None else reads.get(readings)
            return read is not None and above(read[0], one_to_one(read[0]), cond)

        conditions = self._conditions
        kept = [h for h in hits if h.rule not in conditions or holds(h.rule)]
        for rule in self._whole:
            if holds(rule.id):
                kept.append(
                    Hit(
                        rule.guideline,
                        rule.id,
                        rule.action,
                        rule.mode,
                        rule.severity,
                        text,
                        (0, len(text)),
                        SCORE_VIEW,
                        field,
                        also=rule.also,
                    )
                )
        return kept
