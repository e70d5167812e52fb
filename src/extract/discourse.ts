import type { EntityType } from "../model";
import type { Gazetteer } from "./gazetteer";
import type { Emitted, MentionRec } from "./ruleKit";
import { isFacility } from "./ruleKit";
import type { SentenceSpan } from "./sentences";
import { suffixesFor } from "./suffixes";
import type { GrammaticalCase } from "./suffixes";
import { APOSTROPHES, foldTr } from "./text";
import type { Token } from "./text";

// Discourse: what a sentence says about something the article named before. A news article names
// a company, a plant or a forum once and then goes on with "Şirket", "tesiste", "Forumda",
// "kentte": the sentence-level rules cannot see who is meant. Here a definite description (a bare
// head noun, or one after "bu" / "söz konusu") is read as the last entity of a compatible type
// (and, for a specific head, of that head: "Forum" is a forum, "tesis" any built thing) named
// before it, within a few sentences; an ambiguous one (two candidates named together) is left
// alone. The description becomes a mention of kind "reference" that the rules read like a name;
// it is not shown as a mention of the entity, and a relation that needs it carries the
// description as a trigger and the rule name `coreference/<rule>`.

/** The discourse mechanisms by name: each can be switched off like a rule. */
export const DISCOURSE_NAMES = [
  "coreference-description",
  "participates-frame-event",
  "visited-frame-visit",
] as const;

export interface Description {
  /** The head noun's stems: the bare stem and, for k/ğ or a dropped vowel, the stem before a vowel. */
  stems: string[];
  /** What it may stand for. */
  types: readonly EntityType[];
  /**
   * The word the antecedent's name must contain ("forum" for "Forumda"); absent for a head that
   * fits any entity of its types ("şirket", "etkinlik").
   */
  named?: string;
  /** Only built things ("tesis"), only events ("etkinlik"), only cities ("kentte"). */
  kind?: "facility" | "event" | "city";
  /** A place word read only in an oblique case: "ülke ekonomisi" is no reference, "ülkede" is. */
  oblique?: boolean;
  /** How many sentences back the antecedent may be (0: the same sentence). */
  reach: number;
}

const COMPANY: readonly EntityType[] = ["company"];
const PROJECT: readonly EntityType[] = ["project"];
const PLACE_ONLY: readonly EntityType[] = ["place"];
const BODIES: readonly EntityType[] = ["organisation", "company"];

/** The head nouns read as references, by their folded stems. */
export const DESCRIPTIONS: readonly Description[] = [
  { stems: ["şirket"], types: COMPANY, reach: 3 },
  { stems: ["firma"], types: COMPANY, reach: 3 },
  { stems: ["holding"], types: COMPANY, reach: 3 },
  { stems: ["tesis"], types: PROJECT, kind: "facility", reach: 3 },
  { stems: ["fabrika"], types: PROJECT, kind: "facility", named: "fabrika", reach: 6 },
  { stems: ["santral"], types: PROJECT, kind: "facility", named: "santral", reach: 6 },
  { stems: ["kompleks"], types: PROJECT, kind: "facility", named: "kompleks", reach: 6 },
  { stems: ["forum"], types: PROJECT, kind: "event", named: "forum", reach: 6 },
  { stems: ["zirve"], types: PROJECT, kind: "event", named: "zirve", reach: 6 },
  { stems: ["fuar"], types: PROJECT, kind: "event", named: "fuar", reach: 6 },
  { stems: ["konferans"], types: PROJECT, kind: "event", named: "konferans", reach: 6 },
  { stems: ["kongre"], types: PROJECT, kind: "event", named: "kongre", reach: 6 },
  { stems: ["toplantı"], types: PROJECT, kind: "event", named: "toplantı", reach: 6 },
  { stems: ["tören"], types: PROJECT, kind: "event", named: "tören", reach: 6 },
  { stems: ["festival"], types: PROJECT, kind: "event", named: "festival", reach: 6 },
  { stems: ["etkinlik", "etkinliğ"], types: PROJECT, kind: "event", reach: 3 },
  { stems: ["organizasyon"], types: PROJECT, kind: "event", reach: 3 },
  // A body by its head word: "Bakanlık", "Belediye", "Üniversite", "Birlik", "Oda", "Ajans".
  { stems: ["bakanlık", "bakanlığ"], types: BODIES, named: "bakanlı", reach: 3 },
  { stems: ["belediye"], types: BODIES, named: "belediye", reach: 3 },
  { stems: ["üniversite"], types: BODIES, named: "üniversite", reach: 3 },
  { stems: ["birlik", "birliğ"], types: BODIES, named: "birliğ", reach: 3 },
  { stems: ["ajans"], types: BODIES, named: "ajans", reach: 3 },
  { stems: ["kent"], types: PLACE_ONLY, kind: "city", oblique: true, reach: 2 },
  { stems: ["şehir", "şehr"], types: PLACE_ONLY, kind: "city", oblique: true, reach: 2 },
  { stems: ["ülke"], types: ["country"], oblique: true, reach: 2 },
];

const APOSTROPHE = new RegExp(`^[${APOSTROPHES}]$`, "u");

/** Words before a head that make it definite: "bu tesis", "söz konusu şirket". */
const DEMONSTRATIVE = /^(bu|şu|sözkonusu|mezkur|mezkûr|anılan|aynı)$/u;
/** Head words that say what kind of event a name is. */
const EVENT_HEAD =
  /(forum|zirve|fuar|konferans|kongre|toplantı|tören|festival|sergi|sempozyum|çalıştay|expo)/u;
/** A place name headed by one of these is a site or an area, never a city. */
const NOT_CITY =
  /(havaliman|havaalan|merkez|saray|üniversite|bölge|meydan|cadde|sokak|sokağ|vadi|liman|mahalle|köy|ilçe|park|kampüs|salon|otel|restoran)/u;

/** Any word that may be a description: one test per token before the closer reading. */
const HEAD_START = new RegExp(`^(${DESCRIPTIONS.flatMap((d) => d.stems).join("|")})`, "u");

/** Which description a folded word is, and the case its ending gives it. */
function readHead(
  folded: string,
  compound: boolean,
): { d: Description; case: GrammaticalCase; possessive: boolean } | undefined {
  for (const d of DESCRIPTIONS) {
    for (const stem of d.stems) {
      if (!folded.startsWith(stem)) continue;
      const rest = folded.slice(stem.length);
      // A stem before a vowel ("etkinliğ", "şehr") only ever takes a vowel-initial ending.
      if (stem !== d.stems[0] && !/^[aeıioöuü]/u.test(rest)) continue;
      // The head of a compound ("Türk şirketi", "İş Forumu'nda"): the possessive, then a case
      // ending with the pronominal n. After a capitalised word "Forumu" is that, not "the forum"
      // in the accusative.
      const poss = /^(s?[ıiuü])(.*)$/u.exec(rest);
      const asCompound = poss ? suffixesFor(stem + poss[1], true).get(poss[2]) : undefined;
      const bare = suffixesFor(stem).get(rest);
      const ok = (f: typeof bare) => f !== undefined && !f.plural && f.confidence === 1;
      if (compound && ok(asCompound)) return { d, case: asCompound!.case, possessive: true };
      if (ok(bare)) return { d, case: bare!.case, possessive: false };
      if (ok(asCompound)) return { d, case: asCompound!.case, possessive: true };
    }
  }
  return undefined;
}

/** A participle before an event's head: "düzenlenecek Zirveye", "yapılan toplantıda". */
const PARTICIPLE_BEFORE = /(an|en|acak|ecek|[dt][ıiuü]ğ[ıiuü])$/u;

export interface DiscourseInput {
  text: string;
  tokens: Token[];
  sentences: SentenceSpan[];
  /** Name and title mentions, sorted by start. */
  mentions: MentionRec[];
  /** Token indexes covered by a mention, a title or a demonym: never a description. */
  covered: (token: number) => boolean;
  gazetteer: Gazetteer;
  /** Peoples' adjectives, folded ("türk" -> "turkey"). */
  ethnic: Record<string, string>;
}

/** Words that put people in a delegation: "beraberindeki heyet", "Türk Heyet ile birlikte". */
const DELEGATION_WORD = /^(beraber(inde|lerin)deki|heyet|heyeti|heyetiyle|heyetle)$/u;

/**
 * "Heyet" (the delegation) opening a sentence stands for the people the article put in one: the
 * people named in the nominative before "beraberindeki heyet", "heyetiyle" in a sentence at most
 * four sentences back (a "Heyet" sentence, or one naming a member, keeps it). Each becomes a reference mention of the word,
 * so "Heyet, Taraz'da X tarafından karşılandı" gives each member met X. Without a delegation
 * formed before, "Heyet" is no one.
 */
export function resolveDelegations(input: DiscourseInput): MentionRec[] {
  const { tokens, sentences, mentions, gazetteer } = input;
  const out: MentionRec[] = [];
  let members: MentionRec[] = [];
  let at = -1;
  let ti = 0;
  let mi = 0;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    while (ti < tokens.length && tokens[ti].start < s.start) ti++;
    const from = ti;
    let to = from;
    while (to < tokens.length && tokens[to].end <= s.end) to++;
    while (mi < mentions.length && mentions[mi].start < s.start) mi++;
    const first = tokens[from];
    if (
      members.length &&
      k - at <= 4 &&
      from < to &&
      first.folded === "heyet" &&
      !input.covered(from)
    ) {
      for (const m of members)
        out.push({
          entity: m.entity,
          type: m.type,
          start: first.start,
          end: first.end,
          first: from,
          last: from,
          case: "nominative",
          kind: "reference",
        });
      at = k;
      continue;
    }
    let d = -1;
    for (let i = from; i < to && d < 0; i++)
      if (DELEGATION_WORD.test(tokens[i].folded) && !input.covered(i)) d = i;
    if (d < 0) {
      // A sentence about one of its members keeps the delegation in the story.
      for (let j = mi; j < mentions.length && mentions[j].start < s.end; j++)
        if (members.some((m) => m.entity === mentions[j].entity)) at = k;
      continue;
    }
    const seen = new Set<string>();
    const people: MentionRec[] = [];
    for (let j = mi; j < mentions.length && mentions[j].start < s.end; j++) {
      const m = mentions[j];
      const t = gazetteer.entries.get(m.entity)?.type ?? m.type;
      if (m.last >= d || m.kind !== "name" || m.case !== "nominative") continue;
      if (t !== "person" && t !== "leader") continue;
      if (!seen.has(m.entity)) people.push(m);
      seen.add(m.entity);
    }
    if (people.length) {
      members = people;
      at = k;
    }
  }
  return out;
}

/**
 * The definite descriptions of an article resolved to the entity named before them, as mentions
 * of kind "reference" in text order. One walk over the tokens with a pointer into the mentions,
 * and a bounded look back per description, so a long article stays linear.
 */
export function resolveDescriptions(input: DiscourseInput): MentionRec[] {
  const { text, tokens, sentences, mentions, gazetteer } = input;
  const out: MentionRec[] = [];
  const type = (id: string) => gazetteer.entries.get(id)?.type;
  /** The entity's own spellings, folded, for "named" heads. */
  const spellings = new Map<string, string[]>();
  const spelled = (id: string): string[] => {
    let s = spellings.get(id);
    if (!s) {
      const e = gazetteer.entries.get(id);
      s = e ? [e.label, ...e.aliases].map((a) => foldTr(a)) : [];
      spellings.set(id, s);
    }
    return s;
  };
  const compatible = (m: MentionRec, d: Description, byName: boolean): boolean => {
    const t = type(m.entity);
    if (!t || !d.types.includes(t)) return false;
    const said = foldTr(text.slice(m.start, m.end));
    const names = [said, ...spelled(m.entity)];
    if (d.named && !names.some((n) => n.includes(d.named!))) {
      // A name without the head may still be one ("Baku Build" is a fair), but not one that says
      // it is another kind of event ("Ticaret Forumu" is no fair).
      if (byName || names.some((n) => EVENT_HEAD.test(n))) return false;
    }
    if (d.kind === "facility" && !names.some((n) => isFacility(n))) return false;
    if (d.kind === "event" && names.some((n) => isFacility(n))) return false;
    if (d.kind === "city") {
      const kind = gazetteer.entries.get(m.entity)?.attributes?.kind;
      if (typeof kind === "string" && !/city|şehir|kent/u.test(kind)) return false;
      if (names.some((n) => NOT_CITY.test(n))) return false;
    }
    return true;
  };
  /** The folded words of an entity's spellings, for a short form of its name ("İş Forumu"). */
  const nameWords = (id: string): Set<string> =>
    new Set(spelled(id).flatMap((n) => n.split(/[^\p{L}\p{N}]+/u)));
  /** Where a new one of a kind was last brought in without a name we know. */
  const introduced = new Map<Description, number>();
  let si = 0;
  let mi = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    // Hot path: almost every token fails this one test.
    if (!HEAD_START.test(tok.folded)) continue;
    while (si < sentences.length && sentences[si].end <= tok.start) si++;
    const s = sentences[si];
    if (!s || tok.start < s.start) continue;
    while (mi < mentions.length && mentions[mi].start < tok.start) mi++;
    if (input.covered(i)) continue;
    // A case ending after an apostrophe is a token of its own: "Forumu'na".
    const suffix = tokens[i + 1];
    const apostrophe =
      suffix !== undefined &&
      suffix.start === tok.end + 1 &&
      APOSTROPHE.test(text[tok.end]) &&
      /^\p{Ll}/u.test(suffix.text);
    const prevTok = i > 0 && tokens[i - 1].end >= s.start ? tokens[i - 1] : undefined;
    const compound =
      prevTok !== undefined &&
      /^\p{Lu}/u.test(prevTok.text) &&
      /^\p{Lu}/u.test(tok.text) &&
      /^[ \t]+$/u.test(text.slice(prevTok.end, tok.start));
    const head =
      readHead(apostrophe ? tok.folded + suffix.folded : tok.folded, compound) ??
      readHead(tok.folded, compound);
    if (!head) continue;
    const last = apostrophe && head.case !== "nominative" ? i + 1 : i;
    const end = tokens[last].end;
    const { d } = head;
    if (d.oblique && (head.case === "nominative" || head.case === "accusative")) continue;
    const prev = i > 0 && tokens[i - 1].end >= s.start ? tokens[i - 1] : undefined;
    const gap = prev ? text.slice(prev.end, tok.start) : "";
    const initial = !prev;
    const afterPunctuation = prev !== undefined && /[^\s]/u.test(gap);
    const joined = prev !== undefined && !afterPunctuation;
    const demonstrative =
      joined &&
      (DEMONSTRATIVE.test(prev.folded) ||
        (prev.folded === "konusu" && tokens[i - 2]?.folded === "söz") ||
        (prev.folded === "geçen" && tokens[i - 2]?.folded === "adı"));
    const ethnic = joined && /^\p{Lu}/u.test(prev.text) && Object.hasOwn(input.ethnic, prev.folded);
    // "düzenlenen forumda", "Gebele'de yapılacak Zirveye": an event the sentence describes.
    const described =
      joined &&
      d.kind === "event" &&
      /^\p{Ll}/u.test(prev.text) &&
      PARTICIPLE_BEFORE.test(prev.folded);
    // "İş Forumu" after "Rus-Türk İş Forumu": capitalised words before the head, every one of
    // them a word of the antecedent's name.
    const shortName: Token[] = [];
    if (compound && !ethnic) {
      for (let k = i - 1; k >= 0 && tokens[k].start >= s.start && shortName.length < 4; k--) {
        if (input.covered(k) || !/^\p{Lu}/u.test(tokens[k].text)) break;
        if (!/^[ \t]+$/u.test(text.slice(tokens[k].end, tokens[k + 1].start))) break;
        shortName.unshift(tokens[k]);
      }
      // Not a whole capitalised run: "Türk-Rus İş Forumu" we cannot see the start of.
      const before = shortName.length ? tokens[i - shortName.length - 1] : undefined;
      if (
        shortName.length === 0 ||
        (before &&
          before.start >= s.start &&
          /^\p{Lu}/u.test(before.text) &&
          /^[ \t-]+$/u.test(text.slice(before.end, shortName[0].start)))
      ) {
        introduced.set(d, tok.start);
        continue;
      }
    }
    // "Türk şirketi" is a compound; a bare "şirketi" after a plain word is one too ("inşaat
    // şirketi", an indefinite company), and so is "şirketi" anywhere but the start. Either
    // brings in a new one of its kind, which a later "Şirket" may mean.
    if ((head.possessive && !ethnic && shortName.length === 0) || prev?.folded === "bir") {
      // Not "Arçelik şirketi": a known name before the head is no new one.
      if (!(joined && input.covered(i - 1))) introduced.set(d, tok.start);
      continue;
    }
    if (!head.possessive && head.case === "accusative" && !(initial || demonstrative)) {
      // "bir inşaat şirketi": a compound read as the accusative may be a new one too.
      if (joined && /^\p{Ll}/u.test(prev.text) && !input.covered(i - 1))
        introduced.set(d, tok.start);
      continue;
    }
    if (!(
      initial ||
      afterPunctuation ||
      demonstrative ||
      ethnic ||
      described ||
      shortName.length > 0 ||
      prev?.folded === "ve"
    ))
      continue;
    // "şirket Arçelik": the name right after is what is meant, and it is a mention of its own
    // ("Foruma Ali Kaya katıldı" is no such apposition).
    const next = tokens[last + 1];
    if (
      head.case === "nominative" &&
      next &&
      next.start < s.end &&
      /^\p{Lu}/u.test(next.text) &&
      /^\s+$/u.test(text.slice(end, next.start))
    )
      continue;
    const fits = shortName.length
      ? (m: MentionRec, dd: Description, byName: boolean) => {
          if (!compatible(m, dd, byName)) return false;
          const words = nameWords(m.entity);
          return shortName.every((t) => words.has(t.folded));
        }
      : compatible;
    const antecedent = findAntecedent(mentions, mi, sentences, si, d, fits);
    if (!antecedent) {
      if (shortName.length) introduced.set(d, tok.start);
      continue;
    }
    // "Arçelik ... Kazan Birliği ... Birlik": a body of that kind the gazetteer does not know was
    // brought in after the antecedent, so which one is meant cannot be told.
    const newer = introduced.get(d);
    if (newer !== undefined && newer > antecedent.start && shortName.length === 0) continue;
    const from = i - shortName.length;
    out.push({
      entity: antecedent.entity,
      type: type(antecedent.entity) ?? "project",
      start: tokens[from].start,
      end,
      first: from,
      last,
      case: head.case,
      kind: "reference",
    });
  }
  return out;
}

/** Index of the sentence an offset is in (sentences sorted), searching back from `from`. */
function sentenceBack(sentences: SentenceSpan[], from: number, offset: number): number {
  let k = from;
  while (k > 0 && sentences[k].start > offset) k--;
  return k;
}

/**
 * The entity a description stands for: the last compatible one named before it, no more than
 * `reach` sentences back; none when that sentence names two different compatible entities
 * ("Arçelik ve Vestel ... Şirket").
 */
function findAntecedent(
  mentions: MentionRec[],
  before: number,
  sentences: SentenceSpan[],
  si: number,
  d: Description,
  compatible: (m: MentionRec, d: Description, byName: boolean) => boolean,
): MentionRec | undefined {
  // For a head with a name ("Fuarda"), the last entity of its kind decides: a fair when its name
  // says so, else nothing if an older one is called a fair ("Baku Build", then "Fuarda" after
  // "Rebuild Karabağ Fuarı" and "Baku Build" is not sure), else that entity.
  let found: MentionRec | undefined;
  let foundSentence = -1;
  let nameless: MentionRec | undefined;
  for (let k = before - 1; k >= Math.max(0, before - 200); k--) {
    const m = mentions[k];
    const at = sentenceBack(sentences, si, m.start);
    if (found && at < foundSentence) break;
    if (si - at > d.reach) break;
    if (!compatible(m, d, false)) continue;
    if (d.named && !compatible(m, d, true)) {
      nameless ??= m;
      continue;
    }
    if (nameless && nameless.entity !== m.entity) return undefined;
    if (!found) {
      found = m;
      foundSentence = at;
    } else if (m.entity !== found.entity) return undefined;
  }
  return found ?? nameless;
}

/**
 * A relation a rule found with a description for one of its ends: named for the mechanism and the
 * rule, with the description among its triggers so the evidence shows what stood for the entity.
 * Relations whose ends are both named in the sentence are returned as they are; a place given to
 * a description in the locative (the setting) is dropped.
 */
export function markReference(
  rel: Emitted,
  named: Set<string>,
  refs: MentionRec[],
): Emitted | undefined {
  const used = refs.filter(
    (r) => (r.entity === rel.source || r.entity === rel.target) && !named.has(r.entity),
  );
  if (used.length === 0) return rel;
  // "Fuarda, Karabağ'da gerçekleştirilen projeler": an event in the locative is the setting of
  // what the sentence reports, not a thing the sentence places somewhere.
  if (
    (rel.type === "held_in" || rel.type === "located_in") &&
    used.some((r) => r.entity === rel.source && r.case === "locative")
  )
    return undefined;
  return {
    ...rel,
    triggers: [...rel.triggers, ...used.map((r) => ({ start: r.start, end: r.end }))],
    rule: `coreference/${rel.rule ?? "unnamed"}`,
  };
}

/**
 * Words by which a sentence points back at the gathering it is part of: its opening, a session,
 * a panel, its programme ("Açılışta konuşan X", "Oturumda", "programında"), or a speech given
 * there ("konuşmasında", "konuşma yapan", "hitap eden").
 */
const POINTER =
  /^(açılış(ta|ında)|kapanış(ta|ında)|oturum(da|unda)|panel(de|inde)|program(da|ında)|konuşma(da|sında|larında)|hitab(ında|ında))$/u;
/** A speech as a verb: "konuşma yaptı", "hitap eden", "sunum yapan" (the first word). */
const SPEECH_NOUN = /^(konuşma|hitap|sunum|açılış)$/u;
const SPEECH_VERB = /^(yap|gerçekleştir|et|ed)(tı|ti|tu|tü|an|en|arak|erek|ı|i)/u;
/** "Açılışta konuşan X": a participle whose subject follows it. */
const SPEAKING_PARTICIPLE = /^(konuşan|hitap|yapan|eden|gerçekleştiren)$/u;

/** A finite verb of saying: "söyledi", "kaydetti", "vurguladı", "belirtti", "dedi". */
const SAYING =
  /^(söyledi|kaydetti|vurguladı|belirtti|dedi|konuştu|açıkladı|aktardı|bildirdi|ekledi|anlattı|hatırlattı)$/u;

/** Words for a gathering, by stem: a sentence with one still speaks of the frame's event. */
const GATHERING =
  /^(forum|zirve|toplantı|konferans|tören|fuar|kongre|festival|sergi|çalıştay|sempozyum|panel|etkinli|organizasyon)/u;

/** What a sentence of the frame sees: its tokens, its mentions (references included). */
export interface FrameSentence {
  text: string;
  tokens: Token[];
  from: number;
  to: number;
  mentions: MentionRec[];
  /** Whether a mention is an event (a project that is not a built thing). */
  isEvent: (m: MentionRec) => boolean;
}

/**
 * The gathering the article is telling about: opened by a sentence that names an event (a forum,
 * a ceremony), kept while the following sentences speak of it, closed by a visit or another
 * event. A sentence that names no event of its own but points back at one ("Açılışta konuşan
 * X", "Oturumda", "X konuşmasında") gives its speaker participates_in the event of the frame,
 * when the frame was opened or last named at most two sentences before.
 */
export class EventFrame {
  private event: string | undefined;
  private at = -1;

  /** The relations sentence `k` gives by pointing back at the open frame. */
  read(k: number, s: FrameSentence): Emitted[] {
    if (!this.event || k - this.at > 2) return [];
    // A sentence naming another event is that event's; a word standing for this one ("düzenlenen
    // etkinlikte") keeps to the frame.
    const event = this.event;
    if (s.mentions.some((m) => s.isEvent(m) && !(m.kind === "reference" && m.entity === event)))
      return [];
    const word = (i: number) => (i >= s.from && i < s.to ? s.tokens[i].folded : "");
    for (let i = s.from; i < s.to; i++) {
      const w = word(i);
      const pointer = POINTER.test(w);
      const verbal = SPEECH_NOUN.test(w) && SPEECH_VERB.test(word(i + 1));
      if (!pointer && !verbal) continue;
      // "Meclis'teki konuşmasında", "TBMM'deki konuşmasında": a speech given somewhere else.
      const before = word(i - 1);
      const person = (m: MentionRec) => m.type === "leader" || m.type === "person";
      if (
        /(da|de|ta|te)ki$/u.test(before) ||
        s.mentions.some((m) => m.last === i - 1 && !person(m))
      )
        continue;
      const speaker = this.speaker(s, i, verbal ? i + 1 : i);
      if (!speaker) return [];
      return [
        {
          type: "participates_in",
          source: speaker,
          target: this.event,
          triggers: [{ start: s.tokens[i].start, end: s.tokens[verbal ? i + 1 : i].end }],
          rule: "participates-frame-event",
        },
      ];
    }
    return this.also(s);
  }

  /**
   * "Büyükelçi Şen de ... dile getirdi": one more speaker in a series of speakers at the
   * gathering, the subject set off by "de/da" (too) and a verb of saying.
   */
  private also(s: FrameSentence): Emitted[] {
    const event = this.event;
    if (!event) return [];
    const person = (m: MentionRec) => m.type === "leader" || m.type === "person";
    const subject = s.mentions.find((m) => person(m) && m.case === "nominative");
    if (!subject || subject.kind === "reference" || subject.last + 1 >= s.to) return [];
    const same = s.mentions.filter(
      (m) => m.entity === subject.entity && m.first <= subject.last + 3,
    );
    const last = Math.max(...same.map((m) => m.last));
    const de = last + 1;
    if (!/^(de|da)$/u.test(s.tokens[de]?.folded ?? "") || de >= s.to) return [];
    // The subject opens the sentence: nothing but its title (capitalised words) before it.
    if (s.tokens.slice(s.from, subject.first).some((t) => /^\p{Ll}/u.test(t.text))) return [];
    for (let i = de + 1; i < s.to; i++) {
      const w = s.tokens[i].folded;
      const next = i + 1 < s.to ? s.tokens[i + 1].folded : "";
      const saying =
        SAYING.test(w) ||
        (/^(dile|ifade|işaret|dikkat)$/u.test(w) && /^(getir|et|çek)(di|ti)/u.test(next));
      if (!saying) continue;
      return [
        {
          type: "participates_in",
          source: subject.entity,
          target: event,
          triggers: [
            { start: s.tokens[de].start, end: s.tokens[de].end },
            { start: s.tokens[i].start, end: s.tokens[SAYING.test(w) ? i : i + 1].end },
          ],
          rule: "participates-frame-event",
        },
      ];
    }
    return [];
  }

  /** The person the pointer speaks of: named after a participle, else the sentence's subject. */
  private speaker(s: FrameSentence, i: number, last: number): string | undefined {
    const person = (m: MentionRec) => m.type === "leader" || m.type === "person";
    const next = last + 1 < s.to ? s.tokens[last + 1].folded : "";
    const participle =
      /an$|en$/u.test(s.tokens[last].folded) && last > i
        ? last
        : SPEAKING_PARTICIPLE.test(next)
          ? last + 1
          : -1;
    if (participle >= 0)
      return s.mentions.find(
        (m) =>
          person(m) &&
          m.first > participle &&
          m.first <= participle + 4 &&
          s.tokens.slice(participle + 1, m.first).every((t) => /^\p{Lu}/u.test(t.text)),
      )?.entity;
    return s.mentions.find((m) => person(m) && m.case === "nominative" && m.kind !== "reference")
      ?.entity;
  }

  /** After sentence `k`: an event it names opens (or keeps) the frame; a visit closes it. */
  update(k: number, s: FrameSentence, emitted: readonly Emitted[]): void {
    const events = s.mentions.filter((m) => s.isEvent(m));
    if (events.length) {
      this.event = events[events.length - 1].entity;
      this.at = k;
    } else if (emitted.some((r) => r.type === "visited")) this.event = undefined;
    // A speaker at the gathering keeps it open for the next one ("X de ... söyledi").
    else if (emitted.some((r) => r.rule === "participates-frame-event")) this.at = k;
    // "düzenlenen iş forumunda", "foruma katılan": a word for a gathering keeps it open.
    else if (s.tokens.slice(s.from, s.to).some((t) => GATHERING.test(t.folded))) this.at = k;
  }
}

/** Words by which a sentence points back at a visit: "Ziyaret kapsamında", "temasları sırasında". */
const VISIT_POINTER_NOUN = /^(ziyaret|ziyareti|ziyaretleri|temas|temasları|program|programı)$/u;
const VISIT_POINTER_POST = /^(kapsamında|sırasında|çerçevesinde|süresince|boyunca)$/u;
const VISIT_POINTER_WORD = /^(ziyarette|ziyaretinde|temaslarında|temaslarda|ziyaretlerinde)$/u;
/** A verb of going after a place in the dative: "Kazan'a da geçti", "Semerkant'a giden". */
const GOING = /^(geç|git|gid|gel|uğra|var)/u;
/** A relative participle ("yapan", "bulunan", "kurduğu"), not an ablative ("Kazan'dan"). */
function isParticiple(w: string): boolean {
  return /([^dt]an|[^dt]en|[dt][ıiuü]ğ[ıiuü]|acak|ecek)$/u.test(w) && !/(ndan|nden)$/u.test(w);
}

/**
 * The visit the article is telling about: opened by a sentence with a visit (any rule's visited
 * relation), kept by sentences that point back at it, closed by an event or after two sentences
 * that do not. A sentence pointing back ("Ziyaret kapsamında Astana'da ... görüştü", "Program
 * çerçevesinde Kazan'a da geçen X") whose subject is the visitor (or who has no subject of its
 * own) gives the visitor visited each place it names in the locative, or in the dative before a
 * verb of going.
 */
export class VisitFrame {
  private visitor: string | undefined;
  private at = -1;

  read(k: number, s: FrameSentence): Emitted[] {
    if (!this.visitor || k - this.at > 2) return [];
    const word = (i: number) => (i >= s.from && i < s.to ? s.tokens[i].folded : "");
    let pointer = -1;
    for (let i = s.from; i < s.to && pointer < 0; i++) {
      const w = word(i);
      if (VISIT_POINTER_WORD.test(w)) pointer = i;
      else if (VISIT_POINTER_NOUN.test(w) && VISIT_POINTER_POST.test(word(i + 1))) pointer = i + 1;
    }
    if (pointer < 0) return [];
    // "Ziyareti kapsamında İstanbul'da X Forumu düzenlendi": the place is the event's.
    if (s.mentions.some((m) => s.isEvent(m))) return [];
    const person = (m: MentionRec) => m.type === "leader" || m.type === "person";
    // "Ayşe Demir ile görüştü": a person joined by "ile" is a partner, not the subject.
    const subject = s.mentions.find(
      (m) => person(m) && m.case === "nominative" && !/^(ile|ve|veya)$/u.test(word(m.last + 1)),
    );
    if (subject && subject.entity !== this.visitor) return [];
    const out: Emitted[] = [];
    for (const m of s.mentions) {
      if (m.type !== "place" && m.type !== "country") continue;
      if (m.kind !== "name") continue;
      const going = m.case === "dative" && [1, 2].some((d) => GOING.test(word(m.last + d)));
      // "Türkiye'de yatırım yapan şirketler": the place is in a clause about something else;
      // "Kazan'da yatırımcılarla buluşan Ali Kaya" is the visitor's own.
      let clause = -1;
      for (let d = 1; d <= 3 && clause < 0; d++)
        if (isParticiple(word(m.last + d))) clause = m.last + d;
      const ownClause =
        clause < 0 || s.mentions.some((p) => p.entity === this.visitor && p.first === clause + 1);
      const there = (m.case === "locative" || m.case === "relative") && ownClause;
      if (!going && !there) continue;
      out.push({
        type: "visited",
        source: this.visitor,
        target: m.entity,
        triggers: [{ start: s.tokens[pointer].start, end: s.tokens[pointer].end }],
        rule: "visited-frame-visit",
      });
    }
    return out;
  }

  update(k: number, s: FrameSentence, emitted: readonly Emitted[]): void {
    const visit = emitted.find((r) => r.type === "visited");
    if (visit) {
      if (visit.source !== this.visitor) this.visitor = visit.source;
      this.at = k;
    } else if (s.mentions.some((m) => s.isEvent(m) && m.kind === "name")) this.visitor = undefined;
    else if (
      s.tokens
        .slice(s.from, s.to)
        .some((t) => VISIT_POINTER_WORD.test(t.folded) || /^(ziyaret|temas)/u.test(t.folded))
    )
      this.at = k;
  }
}
