import type { EntityType, RelationType } from "../model";
import type { Gazetteer } from "./gazetteer";
import type { GrammaticalCase } from "./suffixes";
import type { Token } from "./text";

// What a relation rule sees of one sentence, and the small vocabulary rules share: the argument
// frames of Turkish (the case on a name, the word after it, the subject of the verb) rather than
// phrases of one article.

export interface Span {
  start: number;
  end: number;
}

export interface MentionRec {
  entity: string;
  type: EntityType;
  start: number;
  end: number;
  /** Token indexes (into the article's tokens) of the first and last token. */
  first: number;
  last: number;
  case: GrammaticalCase;
  /** "reference": a description standing for an entity named before ("Şirket", "forumda"). */
  kind: "name" | "title" | "reference";
  /** For a title mention: the title words alone, e.g. "Cumhurbaşkanı". */
  title?: Span;
}

export interface DemonymRec {
  entity: string;
  start: number;
  end: number;
  first: number;
}

export interface Emitted {
  type: RelationType;
  source: string;
  target: string;
  triggers: Span[];
  attributes?: Record<string, string>;
  /** The name of the rule that found it, for the evaluation's precision per rule. */
  rule?: string;
}

export interface SentenceContext {
  text: string;
  tokens: Token[];
  /** Token index range of the sentence: [from, to). */
  from: number;
  to: number;
  mentions: MentionRec[];
  demonyms: DemonymRec[];
  gazetteer: Gazetteer;
  /** The person the previous sentences were about, for "his contacts" and "our market". */
  previousSubject?: string;
  /** The people named in the previous sentence with mentions, for "İki lider" (the two leaders). */
  previousPersons?: string[];
  /** The nearest mention before this sentence that satisfies `pred`, for "Hat", "foruma". */
  earlier?: (pred: (m: MentionRec) => boolean) => MentionRec | undefined;
  emit: (r: Emitted) => void;
}

export const PERSON: ReadonlySet<EntityType> = new Set(["leader", "person"]);
export const PLACE: ReadonlySet<EntityType> = new Set(["country", "place"]);
export const ACTOR: ReadonlySet<EntityType> = new Set([
  "country",
  "place",
  "company",
  "organisation",
]);
export const BODY: ReadonlySet<EntityType> = new Set(["company", "organisation"]);

/** Peoples whose adjective names a country: "Türk şirketi", "Özbek pazarı". */
export const ETHNIC: Record<string, string> = {
  türk: "turkey",
  rus: "russia",
  kazak: "kazakhstan",
  özbek: "uzbekistan",
  kırgız: "kyrgyzstan",
  türkmen: "turkmenistan",
  azeri: "azerbaijan",
  tatar: "tatarstan",
  alman: "germany",
  fransız: "france",
  ingiliz: "united-kingdom",
  italyan: "italy",
  japon: "japan",
  çin: "china",
  amerikan: "united-states",
  macar: "hungary",
  gürcü: "georgia",
  ukraynalı: "ukraine",
};

/** Head words of projects that are built things (located somewhere) rather than events (held). */
const FACILITY =
  /^(fabrika|tesis|sokak|sokağ|cadde|bulvar|köprü|bina|santral|liman|havaliman|havaalan|okul|müze|hastane|boru|demiryol|otoyol|park|meydan|anıt|heykel|kampüs|üniversite|merkez|rafineri|kompleks|depo|terminal|baraj|tünel|osb)/u;

/** "şehrinde", "bölgesinde": a classifier noun in the locative after a place name. */
export const CLASSIFIER_LOCATIVE =
  /^(şehri|kenti|ilçesi|köyü|bölgesi|eyaleti|vilayeti|ili|beldesi|mahallesi|başkenti)nde$/u;
export const PARTICIPLE = /[dt][ıiuü]ğ[ıiuü]$/u;

/** An industrial or economic zone: "Organize Sanayi Bölgesi", "Özel Ekonomik Bölgesi". */
const ZONE = /(sanayi|ekonomi|ekonomik|serbest|endüstri|teknoloji)\s+bölge/u;

export function isFacility(text: string): boolean {
  const folded = text.toLocaleLowerCase("tr");
  if (ZONE.test(folded)) return true;
  return folded.split(/\s+/u).some((w) => FACILITY.test(w));
}

/**
 * A negated verb form at the end of a word: "imzalanmadı", "gelmeyecek", "yapmadıklarını",
 * "edilmedi", "karşılanmadı", "görüşmüyor". Meant for the word where a rule expects its verb, not
 * for any word ("komedi" would match); a capitalised word (a name: "Yılmaz") never counts.
 */
const NEGATED =
  /m[ae](d[ıi](lar|ler|[kğ]\p{L}*|m|n|niz|nız)?|y[ae]c[ae][kğ]\p{L}*|m[ıi]ş(lar|ler)?|z(lar|ler)?|d[ae]n)$|m[ıiuü]yor(lar)?$/u;

export function negatedVerb(s: Sentence, i: number): boolean {
  if (i < s.from || i >= s.to || /^\p{Lu}/u.test(s.tokens[i].text)) return false;
  return NEGATED.test(s.word(i));
}

/** Only spaces (and at most a line break) between two offsets. */
export function plainGap(text: string, from: number, to: number): boolean {
  if (to < from || to - from > 4) return false;
  const gap = text.slice(from, to);
  return /^[ \t\u00A0]*\n?[ \t\u00A0]*$/u.test(gap) && to > from;
}

/** The country a person stands for: the place of their first office. */
export function countryOf(gazetteer: Gazetteer, entity: string): string | undefined {
  const e = gazetteer.entries.get(entity);
  if (!e) return undefined;
  if (PLACE.has(e.type) || e.type === "organisation" || e.type === "company") return entity;
  const order = ["leader_of", "official_of", "former_leader_of"];
  const role = [...e.roles].sort(
    (a, b) => order.indexOf(a.relation) - order.indexOf(b.relation),
  )[0];
  return role?.of;
}

/**
 * One sentence as the rules read it: folded words by token index, mentions by where they start
 * and end, the sentence's subject. Built once per sentence and shared by every rule.
 */
export class Sentence {
  readonly persons: MentionRec[];
  readonly projects: MentionRec[];
  /** The person the sentence is about: its first nominative person, else the previous subject. */
  readonly subject: string | undefined;
  readonly subjectCountry: string | undefined;
  /** "İki lider, ...": the people a plural subject stands for; else the nominative persons. */
  readonly actors: string[];
  private readonly byLast = new Map<number, MentionRec[]>();
  private readonly byFirst = new Map<number, MentionRec[]>();

  constructor(readonly ctx: SentenceContext) {
    const { mentions, gazetteer } = ctx;
    for (const m of mentions) {
      (this.byLast.get(m.last) ?? this.byLast.set(m.last, []).get(m.last)!).push(m);
      (this.byFirst.get(m.first) ?? this.byFirst.set(m.first, []).get(m.first)!).push(m);
    }
    this.persons = mentions.filter((m) => PERSON.has(m.type));
    this.projects = mentions.filter((m) => m.type === "project");
    this.subject = this.persons.find((m) => m.case === "nominative")?.entity ?? ctx.previousSubject;
    this.subjectCountry = this.subject ? countryOf(gazetteer, this.subject) : undefined;
    const w = (i: number) => this.word(i);
    const groupSubject =
      (w(ctx.from) === "iki" && /^(lider|başkan|bakan|taraf)/u.test(w(ctx.from + 1))) ||
      /^liderler$/u.test(w(ctx.from));
    this.actors = groupSubject
      ? (ctx.previousPersons ?? [])
      : this.persons.filter((m) => m.case === "nominative").map((m) => m.entity);
  }

  get text(): string {
    return this.ctx.text;
  }
  get tokens(): Token[] {
    return this.ctx.tokens;
  }
  get from(): number {
    return this.ctx.from;
  }
  get to(): number {
    return this.ctx.to;
  }
  get mentions(): MentionRec[] {
    return this.ctx.mentions;
  }

  /** The folded word at token `i`, or "" outside the sentence. */
  word(i: number): string {
    return i >= this.ctx.from && i < this.ctx.to ? this.ctx.tokens[i].folded : "";
  }
  endingAt(i: number): MentionRec[] {
    return this.byLast.get(i) ?? [];
  }
  startingAt(i: number): MentionRec[] {
    return this.byFirst.get(i) ?? [];
  }
  /** The first mention after token `i` that satisfies `pred`. */
  after(i: number, pred: (m: MentionRec) => boolean): MentionRec | undefined {
    return this.ctx.mentions.find((m) => m.first > i && pred(m));
  }
  span(a: number, b = a): Span {
    return { start: this.ctx.tokens[a].start, end: this.ctx.tokens[b].end };
  }
}

/** A relation rule: one named pattern with its own example and tests, switchable on its own. */
export interface Rule {
  /** Stable kebab-case name, shown in the evaluation and used to switch the rule off. */
  name: string;
  /** The relation types it can emit. */
  emits: readonly RelationType[];
  /** The words that make it look. */
  trigger: string;
  /** Which argument goes where: the case or position of each end. */
  frame: string;
  /** A sentence it reads, and what it finds there. */
  example: string;
  run(s: Sentence, emit: (r: Emitted) => void): void;
}

/**
 * Words for an event, by stem. A word that names a kind of event ("zirvede", "foruma") stands for
 * the last event of that name; a word for any gathering ("etkinliğe", "aile fotoğrafında",
 * "buluşmaya") for the last event named at all.
 */
const EVENT_WORD =
  /^(forum|zirve|toplantı|konferans|tören|fuar|kongre|festival|sergi|çalıştay|sempozyum|panel|etkinli|buluşma|fotoğraf|organizasyon)/u;
const ANY_EVENT = new Set(["etkinli", "buluşma", "fotoğraf", "organizasyon"]);

/**
 * A project that is a built thing by the words it is written with here or by any of its own
 * spellings: "Alabuga'da" is the zone the gazetteer also calls "Alabuga Özel Ekonomi Bölgesi".
 */
export function isFacilityMention(s: Sentence, m: MentionRec): boolean {
  if (isFacility(s.text.slice(m.start, m.end))) return true;
  const e = s.ctx.gazetteer.entries.get(m.entity);
  return e !== undefined && [e.label, ...e.aliases].some((a) => isFacility(a));
}

/** A project that is an event (a forum, a summit), not a built thing. */
export function isEvent(s: Sentence, m: MentionRec): boolean {
  return m.type === "project" && !isFacilityMention(s, m);
}

/**
 * The event an event word at token `j` stands for: a project of that name before it in the
 * sentence, else the last one named before the sentence.
 */
export function eventAt(s: Sentence, j: number): MentionRec | undefined {
  const stem = EVENT_WORD.exec(s.word(j))?.[1];
  if (!stem) return undefined;
  const named = (m: MentionRec) =>
    isEvent(s, m) &&
    (ANY_EVENT.has(stem) || s.text.slice(m.start, m.end).toLocaleLowerCase("tr").includes(stem));
  const here = [...s.projects].reverse().find((m) => m.last < j && named(m));
  return here ?? s.ctx.earlier?.(named);
}

/** A locative word: "zirvede", "fotoğrafında", "toplantıda". */
export const LOCATIVE_WORD = /(da|de|ta|te)$/u;

/**
 * Whether a body's mention is the owner of an office named right after it ("TDT Genel Sekreteri
 * X"): the person is meant, not the body.
 */
export function ownsTitle(s: Sentence, m: MentionRec): boolean {
  // The title's mention starts at the owner: this mention or the same body named again right
  // after it ("Türk Devletleri Teşkilatı (TDT) Genel Sekreteri").
  return s.mentions.some(
    (t) =>
      t.kind === "title" &&
      t.entity !== m.entity &&
      t.first >= m.first &&
      t.first <= m.last + 1 &&
      s.mentions.some((o) => o.entity === m.entity && o.kind === "name" && o.start === t.start),
  );
}

/** The person a participle describes: named within four words after it, only capitals between. */
export function participleSubject(s: Sentence, i: number): MentionRec | undefined {
  return s.mentions.find(
    (m) =>
      (PERSON.has(m.type) || BODY.has(m.type)) &&
      m.first > i &&
      m.first <= i + 4 &&
      s.tokens.slice(i + 1, m.first).every((t) => /^\p{Lu}/u.test(t.text)),
  );
}

/**
 * A name in brackets right after another name of the same entity: "Aksaray Üniversitesinde
 * (ASÜ)". It repeats that mention, case and role included, and is no argument of its own.
 */
export function restatesPrevious(s: Sentence, m: MentionRec): boolean {
  if (!/\(\s*$/u.test(s.text.slice(Math.max(0, m.start - 3), m.start))) return false;
  return s.mentions.some((o) => o.entity === m.entity && o.end <= m.start && m.start - o.end <= 3);
}

/** A case-marked word in the dative: "foruma", "zirveye", "törenine", "Toplantısı'na". */
const DATIVE_WORD = /([aeıiouü]|[yn][ae])$/u;
/** A word in the locative: "forumda", "zirvesinde", "toplantıda". */
const LOCATIVE_SUFFIX = /(n?[dt][ae])$/u;

/**
 * The event a verb's argument right before token `i` names, in the dative or the locative: a
 * project named there ("KazanForum'a katıldı") or an event word standing for one ("foruma",
 * "Zirveye", "organizasyona").
 */
export function eventArgument(
  s: Sentence,
  i: number,
  grammaticalCase: "dative" | "locative",
): MentionRec | undefined {
  // "KazanForuma da katılacak": the particle "da/de" (too) stands between.
  if (/^(da|de)$/u.test(s.word(i - 1))) i--;
  const named = s
    .endingAt(i - 1)
    .find(
      (m) =>
        (m.type === "project" || m.type === "organisation") &&
        m.case === grammaticalCase &&
        (m.type === "organisation" || isEvent(s, m)),
    );
  if (named) return named;
  const w = s.word(i - 1);
  if (s.startingAt(i - 1).length > 0) return undefined;
  const cased = grammaticalCase === "dative" ? DATIVE_WORD.test(w) : LOCATIVE_SUFFIX.test(w);
  return cased ? eventAt(s, i - 1) : undefined;
}

/** A participle that describes the name after it: "katılan", "konuşan", "yapan". */
const PARTICIPLE_AN = /[^d][ae]n$/u;
/** A verb made a noun, whose subject is in the genitive: "katılacağını", "katıldığı", "iştirakleri". */
const NOMINALISED =
  /([dt][ıiuü][kğ]|[ae]c[ae][kğ])(ı|i|u|ü|ın|in|un|ün|ını|ini|unu|ünü|ına|ine|una|üne|larını|lerini|ları|leri)$|^(katılım|iştirak)(ı|ları|leri|i)$|m[ae]s[ıi](n[ıi])?$/u;

/**
 * Who does what the verb at token `i` says, read from the verb's form, its argument starting at
 * token `argFirst`: a participle ("katılan Ali Kaya") describes the name after it; a verb made a
 * noun ("Ali Kaya'nın foruma katılacağını", "Cumhurbaşkanımızın toplantıya iştirakleri") has its
 * subject in the genitive; any other form has the sentence's subject in the nominative.
 */
export function subjectsOfVerb(s: Sentence, i: number, argFirst: number): MentionRec[] {
  const w = s.word(i);
  const agent = (m: MentionRec) => PERSON.has(m.type) || BODY.has(m.type);
  if (PARTICIPLE_AN.test(w) && !NOMINALISED.test(w)) {
    const p = participleSubject(s, i);
    return p ? [p] : [];
  }
  if (NOMINALISED.test(w)) {
    // Not one that owns another genitive noun ("Ali Kaya'nın oğlunun ... katılacağını").
    const genitives = s.mentions.filter(
      (m) =>
        agent(m) &&
        m.case === "genitive" &&
        m.last < argFirst &&
        !s.tokens
          .slice(m.last + 1, argFirst)
          .some(
            (t, k) =>
              /^\p{Ll}.*n[ıiuü]n$/u.test(t.text) && s.startingAt(m.last + 1 + k).length === 0,
          ),
    );
    // "Erdoğan'ın, Aliyev'in davetine icabetle ... katılacağını": a genitive set off by a comma is
    // the subject; one right before a noun ("Aliyev'in davetine") is that noun's owner.
    const subject =
      genitives.find((m) => /^\s*,/u.test(s.text.slice(m.end, m.end + 2))) ?? genitives[0];
    if (subject) return [subject];
    // "X, oğlunun foruma katılacağını söyledi": a subject in the genitive that is no name is
    // someone else; with none at all ("katıldığı forumda") the sentence's subject is meant.
    const persons = s.persons.filter((m) => m.case === "nominative" && m.last < argFirst);
    const from = persons.length ? persons[persons.length - 1].last + 1 : s.from;
    const otherGenitive = s.tokens
      .slice(from, argFirst)
      .some((t, k) => /^\p{Ll}.*n[ıiuü]n$/u.test(t.text) && s.startingAt(from + k).length === 0);
    return otherGenitive ? [] : persons;
  }
  return s.persons.filter((m) => m.case === "nominative" && m.last < argFirst);
}

/** Words that may stand between two people named as one subject: "X ve yardımcısı Y". */
const COMPANION_WORD =
  /^(ve|yardımcısı|yardımcıları|eşi|danışmanı|danışmanları|sözcüsü|beraberindeki|beraberlerindeki)$/u;

/** The tokens between two mentions that no mention covers, as folded words. */
function bareWordsBetween(s: Sentence, a: MentionRec, b: MentionRec): string[] {
  const out: string[] = [];
  for (let k = a.last + 1; k < b.first; k++) {
    const t = s.tokens[k];
    if (s.mentions.some((m) => m.start <= t.start && t.end <= m.end)) continue;
    out.push(t.folded);
  }
  return out;
}

/** Between two mentions of one person: "Başkanı ve ... Başkanı", "Bakan Yardımcısı Sayın X". */
const SAME_LINK = /^(ve|sayın|sn)$/u;

/** Words outside names between the last of a list of people and "ile birlikte". */
const ENTOURAGE = /^(ve|beraberindeki|beraberlerindeki|heyet|heyeti|ekibi)$/u;

/**
 * The people one subject names: the person `head` and those joined to it as one subject, "A ve
 * (yardımcısı) B", "A, B ve C", "A, B ile birlikte", "A, B'yle birlikte". A list that ends in "ile"
 * without "birlikte" ("A, B ve C ile görüştü") names partners, not subjects: only the people
 * before the first comma stay. A person in another case ends the list ("A, B'yi ziyaret etti").
 */
export function personGroup(s: Sentence, head: MentionRec): MentionRec[] {
  return groupOf(s, head).members;
}

/** The people that go together somewhere ("A, B ile birlikte C'yi ziyaret etti"), else none. */
export function companionGroup(s: Sentence, head: MentionRec): MentionRec[] {
  const g = groupOf(s, head);
  return g.companions && g.members.length > 1 ? g.members : [];
}

function groupOf(s: Sentence, head: MentionRec): { members: MentionRec[]; companions: boolean } {
  const covered = (k: number) =>
    s.mentions.some((m) => m.start <= s.tokens[k].start && s.tokens[k].end <= m.end);
  const members = [head];
  let commaFrom = -1;
  let closedByVe = false;
  let cur = head;
  for (const m of s.persons)
    if (m.entity === head.entity && m.first > cur.last && m.first <= cur.last + 3) {
      const between = s.tokens.slice(cur.last + 1, m.first);
      if (between.every((t) => SAME_LINK.test(t.folded))) cur = m;
    }
  for (;;) {
    const next = s.persons.find((m) => m.first > cur.last && m.entity !== cur.entity);
    if (!next) break;
    const instrumental = next.case === "instrumental" && s.word(next.last + 1) === "birlikte";
    if (next.case !== "nominative" && !instrumental) break;
    const gapText = s.text.slice(cur.end, next.start);
    if (/[;:.!?()"“”]/u.test(gapText)) break;
    const bare: string[] = [];
    let allowed = true;
    for (let k = cur.last + 1; k < next.first; k++) {
      if (covered(k)) continue;
      const t = s.tokens[k];
      if (
        COMPANION_WORD.test(t.folded) ||
        /^\p{Lu}/u.test(t.text) ||
        /^(sn|sayın)$/u.test(t.folded)
      )
        bare.push(t.folded);
      else allowed = false;
    }
    if (!allowed) break;
    if (gapText.includes(",")) {
      if (commaFrom < 0) commaFrom = members.length;
    } else if (bare.includes("ve")) closedByVe = commaFrom >= 0;
    else break;
    members.push(next);
    cur = next;
    // The same person named again right after ("Başkanı ve ... Başkanı Recep Konuk"): one member.
    for (;;) {
      const same = s.persons.find((m) => m.first > cur.last && m.first <= cur.last + 3);
      if (!same || same.entity !== next.entity) break;
      const between = s.tokens.slice(cur.last + 1, same.first);
      if (!between.every((t) => SAME_LINK.test(t.folded))) break;
      cur = same;
    }
    if (instrumental) break;
  }
  const last = cur;
  // "... ile birlikte", "... ve beraberindeki heyet ile birlikte", "B'yle birlikte".
  let k = last.last + 1;
  while (
    k < s.to &&
    k < last.last + 6 &&
    (ENTOURAGE.test(s.word(k)) || /^\p{Lu}/u.test(s.tokens[k]?.text ?? "")) &&
    !s.startingAt(k).length
  )
    k++;
  const companions =
    (s.word(k) === "ile" && s.word(k + 1) === "birlikte") ||
    (last.case === "instrumental" && s.word(last.last + 1) === "birlikte");
  if (companions) return { members, companions };
  if (s.word(last.last + 1) === "ile") {
    // "A, B ve C ile görüştü": B and C are partners; "A ve B, C ile görüştü": B stays.
    const keep = commaFrom < 0 ? 1 : commaFrom;
    return {
      members: members.slice(0, Math.max(1, Math.min(keep, members.length - 1))),
      companions,
    };
  }
  if (commaFrom >= 0 && !closedByVe) return { members: members.slice(0, commaFrom), companions };
  return { members, companions };
}

/**
 * The people a verb's object names: the person at `object` and those joined to it before it by
 * "ile" or "ve" in the nominative ("Hakkı Bayraktar ile Vali Daşöz'ü ziyaret etti": both).
 */
export function objectGroup(s: Sentence, object: MentionRec): MentionRec[] {
  const out = [object];
  let cur = object;
  for (;;) {
    const prev = [...s.persons]
      .reverse()
      .find((m) => m.last < cur.first && m.entity !== cur.entity);
    if (!prev || prev.case !== "nominative") break;
    const gap = bareWordsBetween(s, prev, cur);
    const raw = s.tokens
      .slice(prev.last + 1, cur.first)
      .filter((t) => !s.mentions.some((m) => m.start <= t.start && t.end <= m.end));
    const joiner = gap.filter((w) => w === "ile" || w === "ve").length === 1;
    const rest = raw.every((t) => /^(ile|ve)$/u.test(t.folded) || /^\p{Lu}/u.test(t.text));
    if (!joiner || !rest || /[,;:.()]/u.test(s.text.slice(prev.end, cur.start))) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}
