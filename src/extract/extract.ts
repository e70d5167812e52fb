import {
  FORMAT,
  FORMAT_VERSION,
  ENTITY_TYPES,
  RELATION_TYPES,
  RELATION_TYPE_INFO,
  sentenceIndexAt,
} from "../model";
import type { Entity, GraphDocument, Mention, Relation, RelationType, Source } from "../model";
import type { Gazetteer } from "./gazetteer";
import { findEntities, findTitles } from "./match";
import type { Hit } from "./match";
import {
  EventFrame,
  VisitFrame,
  markReference,
  resolveDelegations,
  resolveDescriptions,
} from "./discourse";
import { countryOf, isFacility, runRules } from "./rules";
import { ETHNIC } from "./ruleKit";
import type { DemonymRec, Emitted, MentionRec, Span } from "./rules";
import { splitSentences } from "./sentences";
import type { SentenceSpan } from "./sentences";
import { suggest } from "./suggest";
import type { Suggestion } from "./suggest";
import { foldTr, prepareText, tokenize } from "./text";
import type { Token } from "./text";

export interface ArticleInput {
  id: string;
  text: string;
  title?: string;
  language?: string;
  publisher?: string;
  date?: string;
}

/** What one article yields before the articles are merged. */
export interface ArticleAnalysis {
  source: Source;
  sentences: SentenceSpan[];
  mentions: MentionRec[];
  /** Descriptions read as the entity named before them ("Şirket", "forumda"): not shown as mentions. */
  references: MentionRec[];
  relations: { rel: Emitted; sentence: SentenceSpan }[];
  suggestions: Suggestion[];
}

const PERSON_TYPES = new Set(["leader", "person"]);

/** "Devlet Başkanı" alone: who the same title meant last in this article. */
interface TitleMemory {
  byTitle: Map<string, string>;
  byRelation: Map<string, string>;
  /** `${relation}:${owner}` -> the person last named in that office: "Özbek lider" after
   * "Özbekistan Cumhurbaşkanı Şevket Mirziyoyev". */
  byOffice: Map<string, string>;
  /** The title's head word ("bakan") -> the people it has meant: a bare "Bakan" is the one of
   * them the article has named most so far (its protagonist, not the last minister named). */
  byHead: Map<string, Set<string>>;
  /** A title said right before a name, with no owner ("Cumhurbaşkanı Recep Tayyip Erdoğan") ->
   * the people so named: "Cumhurbaşkanı Erdoğan'a" later is Erdoğan again, not the last
   * president named. */
  byApposition: Map<string, Set<string>>;
}

/** "Dışişleri Bakanı", "Bakan" -> "bakan": a title's last word without its possessive. */
function titleHead(title: string): string {
  const words = foldTr(title).split(/\s+/u);
  return (words[words.length - 1] ?? "").replace(/(s?[ıiuü])$/u, "");
}

/** Ranks and honorifics between a title and the name: "Genel Sekreteri Büyükelçi Ömüraliyev". */
const HONORIFIC =
  /^(büyükelçi|tuğgeneral|tümgeneral|korgeneral|orgeneral|general|amiral|tuğamiral|albay|prof|doç|dr|av|sayın|sn|bay|bayan|müsteşar)$/u;
/** Head words of a body's name: an office after one is the body's, not a country's. */
const BODY_HEAD =
  /^(konsey|komisyon|kurul|derne|birliğ|oda(sı)?$|vakf|vakıf|federasyon|ajans|bank|üniversite|parti|şirket|holding|enstitü|akademi|teşkilat|örgüt|fonu|borsa|kulüb)/u;

/** Inside one name: spaces or a hyphen ("Türkiye-Kazakistan İş Konseyi"). */
/** How many of the hits (sorted by start) start before `offset`. */
function hitsBefore(hits: readonly Hit[], offset: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function nameGap(text: string, from: number, to: number): boolean {
  return (
    to > from &&
    to - from <= 3 &&
    /^[ \t\u00A0]*[-\u2010-\u2013]?[ \t\u00A0]*$/u.test(text.slice(from, to))
  );
}

/** A common noun before a title that stands for the place named last: "bölge valisi". */
const LOCAL_OWNER = /^(bölge|il|şehir|kent|eyalet|vilayet|ilçe)$/u;
/** Titles whose holder is posted to a city: "Türkiye'nin Moskova Büyükelçisi". */
const POSTED = /^(büyükelçi|başkonsolos|konsolos|temsilci|ataşe)/u;
const ORG_TYPES = new Set(["company", "organisation", "project"]);

/** Between two tokens of one noun phrase: spaces, a closing bracket, the stop of an abbreviation. */
function phraseGapIn(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 4) return false;
  const gap = text.slice(from, to);
  if (!/^[)\].]?[ \t\u00A0]*\n?[ \t\u00A0]*$/u.test(gap)) return false;
  // A full stop only after an abbreviation ("T.C.", "Dr."), never at the end of a sentence.
  return gap[0] !== "." || /(^|[^\p{L}])\p{L}{1,3}$/u.test(text.slice(Math.max(0, from - 4), from));
}

/**
 * Turns title hits into mentions of the people they stand for. "Kazakistan Cumhurbaşkanı" is the
 * holder of leader_of Kazakhstan (a role fact); "Cumhurbaşkanı Rustam Minnikhanov" names them; a
 * bare "Devlet Başkanı" is whoever that title last meant. The owner of an office may stand a few
 * words before the title ("T.C. Ekonomi Bakan Yardımcısı", "Türkiye'nin Moskova Büyükelçisi"),
 * and an office of a company or organisation is official_of it whatever the title.
 */
function resolveTitles(
  text: string,
  tokens: Token[],
  titles: Hit[],
  hits: Hit[],
  gazetteer: Gazetteer,
  sentences: readonly SentenceSpan[] = [],
): { mentions: MentionRec[]; roleRelations: { rel: Emitted; at: number }[] } {
  // A title and its owner or holder are in one sentence: "Ankara" on a dateline line of its own
  // is no owner of the office on the next line.
  const starts = new Set(sentences.map((s) => s.start));
  const phraseGap = (t: string, from: number, to: number) => {
    if (!phraseGapIn(t, from, to)) return false;
    for (let k = from + 1; k <= to; k++) if (starts.has(k)) return false;
    return true;
  };
  const mentions: MentionRec[] = [];
  const roleRelations: { rel: Emitted; at: number }[] = [];
  const byLast = new Map<number, Hit>();
  const byFirst = new Map<number, Hit>();
  for (const h of hits) {
    byLast.set(h.last, h);
    byFirst.set(h.first, h);
  }
  const memory: TitleMemory = {
    byTitle: new Map(),
    byRelation: new Map(),
    byOffice: new Map(),
    byHead: new Map(),
    byApposition: new Map(),
  };
  const type = (id: string) => gazetteer.entries.get(id)?.type;
  const coveredTokens = new Set<number>();
  for (const h of hits) for (let k = h.first; k <= h.last; k++) coveredTokens.add(k);
  const ownerCase = (h: Hit) => h.case === "nominative" || h.case === "genitive";
  const titleAt = new Map<number, Hit>();
  for (const u of titles) titleAt.set(u.first, u);
  /** The name right after a title, past ranks and honorifics. */
  const holderAfter = (t: Hit): Hit | undefined => {
    let n = t.last + 1;
    let gapFrom = t.end;
    while (n < tokens.length && HONORIFIC.test(tokens[n].folded) && !byFirst.has(n)) {
      if (!phraseGap(text, gapFrom, tokens[n].start)) return undefined;
      gapFrom = tokens[n].end;
      n++;
    }
    const h = byFirst.get(n);
    return h && phraseGap(text, gapFrom, h.start) ? h : undefined;
  };
  /** The person in the nominative that starts the sentence an offset is in: "Ali Kaya, ...". */
  const subjectBefore = (offset: number): Hit | undefined => {
    const lo = hitsBefore(hits, offset);
    for (let k = lo - 1; k >= Math.max(0, lo - 12); k--) {
      const h = hits[k];
      if (/[.!?]\s/u.test(text.slice(h.end, offset))) return undefined;
      if (PERSON_TYPES.has(type(h.entity) ?? "") && h.case === "nominative") {
        // The sentence's first person: nothing but spaces, quotes or a dateline before it.
        const lead = text.slice(Math.max(0, h.start - 3), h.start);
        return h.start === 0 || /(^|[.!?"“”\n]\s*|\n)$/u.test(lead) ? h : undefined;
      }
    }
    return undefined;
  };
  /** The region or city (not a country) named last before an offset, for "bölge valisi". */
  const lastPlaceBefore = (offset: number): string | undefined => {
    const lo = hitsBefore(hits, offset);
    for (let k = lo - 1; k >= Math.max(0, lo - 50); k--)
      if (type(hits[k].entity) === "place") return hits[k].entity;
    return undefined;
  };
  // How often each person has been named so far: one pointer walks the hits as the titles go
  // (both are in text order), so long articles stay linear.
  const named = new Map<string, number>();
  let hitAt = 0;
  const salient = (people: Set<string> | undefined, before: number): string | undefined => {
    while (hitAt < hits.length && hits[hitAt].start < before) {
      const e = hits[hitAt++].entity;
      named.set(e, (named.get(e) ?? 0) + 1);
    }
    if (!people || people.size === 0) return undefined;
    let best: string | undefined;
    let most = -1;
    for (const p of people) {
      const n = named.get(p) ?? 0;
      if (n > most) [best, most] = [p, n];
    }
    return best;
  };
  for (const t of titles) {
    let overlaps = false;
    for (let k = t.first; k <= t.last; k++) overlaps ||= coveredTokens.has(k);
    if (overlaps) continue;
    // "Cumhurbaşkanı Müşaviri X": a title right before another names whose adviser X is, not a
    // person of its own.
    const nextTitle = titleAt.get(t.last + 1);
    if (nextTitle && phraseGap(text, t.end, nextTitle.start)) continue;
    // The owner: the name right before the title, or before its portfolio words ("Ekonomi",
    // "Enerji ve Tabii Kaynaklar") and, for posted offices, before the city of the post.
    let place: Hit | undefined;
    let k = t.first - 1;
    let edge = t.start;
    let post: Hit | undefined;
    // "DEİK Türkiye-Kazakistan İş Konseyi Başkanı": the office is in a body whose name we do not
    // know; the countries in that name are not the owner, a known body before it is.
    let inBody = false;
    for (let steps = 0; k >= 0 && steps < (inBody ? 9 : 6); steps++) {
      const before = byLast.get(k);
      if (before && inBody && !ORG_TYPES.has(type(before.entity) ?? "")) {
        if (PERSON_TYPES.has(type(before.entity) ?? "")) break;
        if (!nameGap(text, before.end, edge)) break;
        k = before.first - 1;
        edge = before.start;
        continue;
      }
      if (before) {
        if (PERSON_TYPES.has(type(before.entity) ?? "") || !ownerCase(before)) break;
        if (!(inBody ? nameGap : phraseGap)(text, before.end, edge)) break;
        const further = byLast.get(before.first - 1);
        // "Türkiye'nin Moskova Büyükelçisi" (a posted office), "AK Parti Karaman Milletvekili"
        // (a body's office for a city): the city is the post, the owner stands before it.
        // "Arçelik'in Özbekistan Genel Müdürü": a company's office for a country, too.
        const postType = type(before.entity);
        const furtherBody = further !== undefined && ORG_TYPES.has(type(further.entity) ?? "");
        if (
          !post &&
          (postType === "place" || (postType === "country" && furtherBody)) &&
          further &&
          (POSTED.test(foldTr(t.alias.text)) || furtherBody) &&
          !PERSON_TYPES.has(type(further.entity) ?? "") &&
          ownerCase(further) &&
          phraseGap(text, further.end, before.start)
        ) {
          post = before;
          k = before.first - 1;
          edge = before.start;
          continue;
        }
        place = before;
        break;
      }
      const tok = tokens[k];
      const portfolio = /^\p{Lu}/u.test(tok.text) || tok.folded === "ve";
      if (!portfolio || !(inBody ? nameGap : phraseGap)(text, tok.end, edge)) break;
      if (steps >= 4 && !inBody) break;
      inBody ||= BODY_HEAD.test(tok.folded);
      edge = tok.start;
      k--;
    }
    if (!place && post) place = post;
    // "Özbek lider", "Kırgız lider": a people's adjective names the country of the office.
    const people = t.first > 0 ? tokens[t.first - 1] : undefined;
    const peopleOf =
      !place &&
      people &&
      Object.hasOwn(ETHNIC, people.folded) &&
      /^\p{Lu}/u.test(people.text) &&
      gazetteer.entries.has(ETHNIC[people.folded]) &&
      phraseGap(text, people.end, t.start)
        ? ETHNIC[people.folded]
        : undefined;
    // "Kırgızistan Senato Başkanı", "Cumhurbaşkanlığı İdaresi Başkanı": a head with portfolio
    // words between the country and "Başkanı" heads a body of the state, not the state.
    const headOfBody =
      place !== undefined && foldTr(t.alias.text) === "başkanı" && place.last + 1 < t.first;
    const relation =
      (place && ORG_TYPES.has(type(place.entity) ?? "")) || headOfBody
        ? "official_of"
        : t.alias.relation!;
    // The holder named after the title, past ranks and honorifics ("Büyükelçi", "Prof. Dr.").
    let n = t.last + 1;
    let gapFrom = t.end;
    while (n < tokens.length && HONORIFIC.test(tokens[n].folded) && !byFirst.has(n)) {
      if (!phraseGap(text, gapFrom, tokens[n].start)) break;
      gapFrom = tokens[n].end;
      n++;
    }
    let afterHit = byFirst.get(n);
    let coordinated = false;
    // "Kazakistan'ın Ankara Büyükelçisi olan Ali Kaya": the holder after "olan"; "Ali Kaya,
    // Özbekistan'ın Ankara Büyükelçisi olarak": the subject before the office.
    if (!afterHit && tokens[n]?.folded === "olan" && place) {
      const h = byFirst.get(n + 1);
      if (h && PERSON_TYPES.has(type(h.entity) ?? "") && phraseGap(text, tokens[n].end, h.start))
        [afterHit, coordinated] = [h, true];
    }
    if (!afterHit && tokens[n]?.folded === "olarak" && place) {
      const subject = subjectBefore(place.start);
      if (subject) [afterHit, coordinated] = [subject, true];
    }
    // "AK Parti Genel Başkan Yardımcısı ve Türk Devletleri ile İlişkiler Başkanı Kürşad Zorlu":
    // two offices joined by "ve", one holder named after the second.
    if (!afterHit && tokens[n]?.folded === "ve") {
      let second: Hit | undefined;
      for (let u = n + 1; u <= n + 8 && !second; u++) second = titleAt.get(u);
      if (
        second &&
        tokens
          .slice(n + 1, second.first)
          .every((x) => /^\p{Lu}/u.test(x.text) || x.folded === "ve" || x.folded === "ile")
      )
        [afterHit, coordinated] = [holderAfter(second), true];
    }
    const named =
      afterHit &&
      PERSON_TYPES.has(type(afterHit.entity) ?? "") &&
      t.case === "nominative" &&
      // A bare title before a name in another case is more often the subject speaking to them
      // ("Devlet başkanı Rustam Minnikhanova teşekkür etti"); with an owner it is an apposition.
      // The genitive is an apposition too: "Cumhurbaşkanı Erdoğan'ın desteği".
      (afterHit.case === "nominative" || afterHit.case === "genitive" || place) &&
      (coordinated || phraseGap(text, gapFrom, afterHit.start))
        ? afterHit
        : undefined;
    // "Cumhurbaşkanı Erdoğan'a" after "Cumhurbaşkanı Recep Tayyip Erdoğan": the name right after
    // the title, in any case, is the person when this very title has named them before.
    const again =
      !named &&
      !place &&
      afterHit &&
      phraseGap(text, gapFrom, afterHit.start) &&
      memory.byApposition.get(foldTr(t.alias.text))?.has(afterHit.entity)
        ? afterHit
        : undefined;
    let person: string | undefined;
    let placeId = place?.entity;
    // "bölge valisi X", "il valisi X": the office of the region or city named last.
    let commonOwner = false;
    if (!place && named && t.first > 0 && LOCAL_OWNER.test(tokens[t.first - 1].folded)) {
      placeId = lastPlaceBefore(t.start);
      commonOwner = placeId !== undefined;
    }
    if (named) {
      person = named.entity;
      if (!placeId) {
        placeId = gazetteer.entries.get(person)?.roles.find((r) => r.relation === relation)?.of;
      }
    } else if (again) {
      person = again.entity;
    } else if (peopleOf) {
      person =
        memory.byOffice.get(`${relation}:${peopleOf}`) ??
        gazetteer.roleHolders.get(`${relation}:${peopleOf}`)?.[0];
    } else if (foldTr(t.alias.text) === "lider") {
      // A bare "lider" is any leader: "İki lider" is no one person.
      person = undefined;
    } else if (place) {
      // Among the holders of offices of that kind, one whose office has this very title first.
      const title = foldTr(t.alias.text);
      const holders = gazetteer.roleHolders.get(`${relation}:${place.entity}`) ?? [];
      const titleOf = (id: string) =>
        gazetteer.entries
          .get(id)
          ?.roles.find((r) => r.relation === relation && r.of === place!.entity)?.title;
      // Else whoever this article named in that office ("Türkmenistan Devlet Başkanı
      // Berdimuhamedov ... Türkmenistan Devlet Başkanı, ..."), when the gazetteer knows no holder.
      person =
        holders.find((h) => foldTr(titleOf(h) ?? "") === title) ??
        holders.find((h) => titleOf(h) === undefined) ??
        memory.byOffice.get(`${relation}:${place.entity}`);
    } else {
      // A bare head-of-state title may be any such title said before; a bare minister or
      // director only the same title. "Cumhurbaşkanımız" (our president) is the one the article
      // names with the bare title ("Cumhurbaşkanı Erdoğan"), not the last foreign one
      // ("Azerbaycan Cumhurbaşkanı Aliyev").
      // The title's own match may carry "our" and a case after it ("Cumhurbaşkanı'mızın").
      const ours =
        /(ımız|imiz|umuz|ümüz|mız|miz|muz|müz)\p{L}*$/u.test(foldTr(text.slice(t.start, t.end))) ||
        /^['’]m[ıi]z/u.test(text.slice(t.end, t.end + 4));
      person =
        (ours ? salient(memory.byApposition.get(foldTr(t.alias.text)), t.start) : undefined) ??
        memory.byTitle.get(t.alias.text) ??
        salient(memory.byHead.get(titleHead(t.alias.text)), t.start) ??
        (relation === "official_of" ? undefined : memory.byRelation.get(relation));
    }
    if (!person) continue;
    memory.byTitle.set(t.alias.text, person);
    memory.byRelation.set(relation, person);
    const head = titleHead(t.alias.text);
    (memory.byHead.get(head) ?? memory.byHead.set(head, new Set()).get(head)!).add(person);
    if (placeId) memory.byOffice.set(`${relation}:${placeId}`, person);
    if (named && !place) {
      const key = foldTr(t.alias.text);
      (memory.byApposition.get(key) ?? memory.byApposition.set(key, new Set()).get(key)!).add(
        person,
      );
    }
    const start = place ? place.start : peopleOf && people ? people.start : t.start;
    mentions.push({
      entity: person,
      type: type(person) ?? "person",
      start,
      end: t.end,
      first: place ? place.first : peopleOf ? t.first - 1 : t.first,
      last: t.last,
      case: t.case,
      kind: "title",
      title: { start: t.start, end: t.end },
    });
    // "şirketin Orta Asya direktörü": the company's director for a region, not the region's.
    const ofCompany =
      place &&
      place.first > 0 &&
      /^(şirketin|firmanın|holdingin|grubun)$/u.test(tokens[place.first - 1].folded);
    if (placeId && (place || named) && !ofCompany) {
      roleRelations.push({
        at: start,
        rel: {
          type: relation,
          source: person,
          target: placeId,
          triggers: [{ start: t.start, end: t.end }],
          ...(place || commonOwner ? {} : { attributes: { basis: "implicit reference" } }),
          rule: "title-role",
        },
      });
    }
  }
  return { mentions, roleRelations };
}

/** Which tokens the spans cover, by token index (spans carry their first and last token). */
function coveredBy(
  spans: readonly { first: number; last?: number }[],
  count: number,
): (token: number) => boolean {
  const mark = new Uint8Array(count);
  for (const sp of spans) for (let k = sp.first; k <= (sp.last ?? sp.first); k++) mark[k] = 1;
  return (token) => mark[token] === 1;
}

function firstLineTitle(text: string, sentences: SentenceSpan[]): string {
  const line = text.trim().split("\n")[0]?.trim() ?? "";
  const first = sentences[0] ? text.slice(sentences[0].start, sentences[0].end) : "";
  const pick = line && line.length <= first.length ? line : first || line;
  const clean = pick.replace(/\s+/gu, " ").trim();
  return clean.length > 120 ? `${clean.slice(0, 117).trimEnd()}…` : clean;
}

/**
 * "R. Minnihanov", "M. Çavuşoğlu": an initial before a person's surname belongs to the mention
 * when one of the person's spellings starts with that letter.
 */
function withInitials(text: string, tokens: Token[], hits: Hit[], gazetteer: Gazetteer): void {
  for (const h of hits) {
    const entry = gazetteer.entries.get(h.entity);
    if (!entry || !PERSON_TYPES.has(entry.type) || h.first === 0) continue;
    const initial = tokens[h.first - 1];
    if (!/^\p{Lu}$/u.test(initial.text) || !/^\.\s?$/u.test(text.slice(initial.end, h.start)))
      continue;
    const letter = initial.folded;
    const names = [entry.label, ...entry.aliases].filter((a) => /\s/u.test(a.trim()));
    if (!names.some((a) => foldTr(a.trim())[0] === letter)) continue;
    h.start = initial.start;
    h.first = h.first - 1;
  }
}

/** Analyses one article: sentences, mentions, relations with evidence, suggestions. */
export function analyseArticle(
  article: ArticleInput,
  gazetteer: Gazetteer,
  options: { enabledRules?: ReadonlySet<string> } = {},
): ArticleAnalysis {
  const text = prepareText(article.text);
  const sentences = splitSentences(text);
  const tokens: Token[] = tokenize(text);
  const { hits, demonyms } = findEntities(text, tokens, gazetteer);
  withInitials(text, tokens, hits, gazetteer);
  const titles = findTitles(text, tokens, gazetteer);
  const typeOf = (id: string) => gazetteer.entries.get(id)?.type ?? "person";
  const nameMentions: MentionRec[] = hits.map((h) => ({
    entity: h.entity,
    type: typeOf(h.entity),
    start: h.start,
    end: h.end,
    first: h.first,
    last: h.last,
    case: h.case,
    kind: "name",
  }));
  const resolved = resolveTitles(text, tokens, titles, hits, gazetteer, sentences);
  const mentions = [...nameMentions, ...resolved.mentions].sort(
    (a, b) => a.start - b.start || a.end - b.end || a.entity.localeCompare(b.entity),
  );
  const relations: ArticleAnalysis["relations"] = [];
  for (const r of resolved.roleRelations) {
    const at = sentenceIndexAt(sentences, r.at);
    const s = sentences[at];
    if (!s) continue;
    // "Cumhurbaşkanı Erdoğan" does not say whose president, even where the sentence names the
    // country for something else ("Türkiye'ye gelen X'i Cumhurbaşkanı Erdoğan karşıladı"): the
    // office is stated only with its owner. "İlk Başkanımız" (our first president) is the
    // speaker's own country, named or not.
    const our = r.rel.triggers.some((t) =>
      /(ımız|imiz|umuz|ümüz)$/u.test(foldTr(text.slice(t.start, t.end))),
    );
    const implicit = r.rel.attributes?.basis === "implicit reference" && !our;
    if (implicit) continue;
    relations.push({ rel: r.rel, sentence: s });
  }

  // Descriptions that stand for an entity named before ("Şirket", "tesiste", "Forumda"): the
  // rules read them like names (discourse.ts).
  const discourseInput = {
    text,
    tokens,
    sentences,
    mentions,
    covered: coveredBy([...mentions, ...titles, ...demonyms], tokens.length),
    gazetteer,
    ethnic: ETHNIC,
  };
  const references =
    !options.enabledRules || options.enabledRules.has("coreference-description")
      ? [...resolveDescriptions(discourseInput), ...resolveDelegations(discourseInput)].sort(
          (a, b) => a.start - b.start || a.end - b.end,
        )
      : [];
  let ri = 0;
  const frame = new EventFrame();
  const framesOn = !options.enabledRules || options.enabledRules.has("participates-frame-event");
  const visit = new VisitFrame();
  const visitsOn = !options.enabledRules || options.enabledRules.has("visited-frame-visit");
  const isEventMention = (m: MentionRec) =>
    m.type === "project" &&
    !isFacility(text.slice(m.start, m.end)) &&
    !spelledAsFacility(gazetteer, m.entity);
  let k = -1;

  // Token ranges per sentence, by one walk over both lists.
  let ti = 0;
  let mi = 0;
  let previousSubject: string | undefined;
  let previousPersons: string[] = [];
  const demonymRecs: DemonymRec[] = demonyms
    .map((d) => ({ ...d }))
    .sort((a, b) => a.start - b.start);
  let di = 0;
  const demonymsIn = (s: SentenceSpan) => {
    while (di < demonymRecs.length && demonymRecs[di].start < s.start) di++;
    const out: DemonymRec[] = [];
    for (let k = di; k < demonymRecs.length && demonymRecs[k].start < s.end; k++)
      out.push(demonymRecs[k]);
    return out;
  };
  for (const s of sentences) {
    k++;
    const emittedFrom = relations.length;
    while (ti < tokens.length && tokens[ti].start < s.start) ti++;
    const from = ti;
    while (ti < tokens.length && tokens[ti].end <= s.end) ti++;
    while (mi < mentions.length && mentions[mi].start < s.start) mi++;
    const inSentence: MentionRec[] = [];
    for (let k = mi; k < mentions.length && mentions[k].start < s.end; k++)
      inSentence.push(mentions[k]);
    while (ri < references.length && references[ri].start < s.start) ri++;
    const refs: MentionRec[] = [];
    for (let k = ri; k < references.length && references[k].start < s.end; k++)
      refs.push(references[k]);
    const named = new Set(inSentence.map((m) => m.entity));
    const read = refs.length
      ? [...inSentence, ...refs].sort((a, b) => a.start - b.start || a.end - b.end)
      : inSentence;
    // A sentence without names still runs: "Rus şirketi ..." speaks of the company named before.
    runRules(
      {
        text,
        tokens,
        from,
        to: ti,
        mentions: read,
        demonyms: demonymsIn(s),
        gazetteer,
        previousSubject,
        previousPersons,
        earlier: (pred) => {
          // Anaphora looks back a bounded distance, so a long article stays linear.
          for (let k = mi - 1; k >= Math.max(0, mi - 200); k--)
            if (pred(mentions[k])) return mentions[k];
          return undefined;
        },
        emit: (rel) => {
          const kept = refs.length ? markReference(rel, named, refs) : rel;
          if (kept) relations.push({ rel: kept, sentence: s });
        },
      },
      options.enabledRules,
    );
    // A sentence that points back at the gathering told about before ("Açılışta konuşan X").
    const seen = { text, tokens, from, to: ti, mentions: read, isEvent: isEventMention };
    if (framesOn) for (const rel of frame.read(k, seen)) relations.push({ rel, sentence: s });
    if (visitsOn) for (const rel of visit.read(k, seen)) relations.push({ rel, sentence: s });
    if (framesOn || visitsOn) {
      const emitted = relations.slice(emittedFrom).map((r) => r.rel);
      frame.update(k, seen, emitted);
      visit.update(k, seen, emitted);
    }
    if (!inSentence.length) continue;
    previousPersons = [
      ...new Set(inSentence.filter((m) => PERSON_TYPES.has(m.type)).map((m) => m.entity)),
    ];
    const person = inSentence.find((m) => PERSON_TYPES.has(m.type) && m.case === "nominative");
    previousSubject =
      person?.entity ??
      [...inSentence].reverse().find((m) => PERSON_TYPES.has(m.type))?.entity ??
      previousSubject;
  }

  // Weak relations: every pair named in one sentence (one walk: mentions are sorted by start).
  let wm = 0;
  for (const s of sentences) {
    while (wm < mentions.length && mentions[wm].start < s.start) wm++;
    const here = new Set<string>();
    for (let k = wm; k < mentions.length && mentions[k].start < s.end; k++) {
      if (mentions[k].end <= s.end) here.add(mentions[k].entity);
    }
    const ids = [...here].sort();
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        relations.push({
          rel: { type: "co_occurs", source: ids[a], target: ids[b], triggers: [] },
          sentence: s,
        });
      }
    }
  }

  const source: Source = {
    id: article.id,
    title: article.title?.trim() || firstLineTitle(text, sentences) || article.id,
    language: article.language ?? "tr",
    ...(article.publisher ? { publisher: article.publisher } : {}),
    ...(article.date ? { date: article.date } : {}),
    text,
    sentences: sentences.map(({ start, end }) => ({ start, end })),
  };
  // A plural title inside a name is part of that name ("Bakanlar Kurulu"), not an office.
  const covered: Span[] = [
    ...mentions,
    ...demonymRecs,
    ...titles.filter(
      (t) =>
        !(
          t.plural &&
          /^\p{Lu}/u.test(tokens[t.last + 1]?.text ?? "") &&
          text.slice(t.end, tokens[t.last + 1].start) === " "
        ),
    ),
  ];
  return {
    source,
    sentences,
    mentions,
    references,
    relations,
    suggestions: suggest(article.id, text, tokens, sentences, {
      covered,
      mentions: mentions.filter((m) => m.kind === "name"),
      titles: titles.map((t) => ({
        first: t.first,
        last: t.last,
        relation: t.alias.relation,
        text: text.slice(t.start, t.end),
      })),
    }),
  };
}

export function relationId(type: RelationType, source: string, target: string): string {
  return `r-${source}-${type}-${target}`;
}

interface RelationAcc {
  type: RelationType;
  source: string;
  target: string;
  evidence: Map<
    string,
    { source: string; start: number; end: number; triggers: Map<string, Span> }
  >;
  attributes: Record<string, string | number | boolean>;
}

/**
 * Merges analysed articles into one graph document. Entities are resolved across articles by
 * gazetteer id; each relation lists every supporting sentence and counts its articles. Undirected
 * relations keep the orientation in which they were first found, so ids are stable.
 */
export function buildDocument(
  analyses: ArticleAnalysis[],
  gazetteer: Gazetteer,
  title: string | undefined,
): GraphDocument {
  const entityMentions = new Map<string, Mention[]>();
  for (const a of analyses) {
    for (const m of a.mentions) {
      const list = entityMentions.get(m.entity) ?? [];
      list.push({
        source: a.source.id,
        start: m.start,
        end: m.end,
        text: a.source.text.slice(m.start, m.end),
      });
      entityMentions.set(m.entity, list);
    }
  }
  const accs = new Map<string, RelationAcc>();
  const orientation = new Map<string, [string, string]>();
  for (const a of analyses) {
    for (const { rel, sentence } of a.relations) {
      if (rel.source === rel.target) continue;
      let [source, target] = [rel.source, rel.target];
      if (!RELATION_TYPE_INFO[rel.type].directed) {
        const pairKey = `${rel.type}|${[source, target].sort().join("|")}`;
        const seen = orientation.get(pairKey);
        if (seen) [source, target] = seen;
        else orientation.set(pairKey, [source, target]);
      }
      const key = relationId(rel.type, source, target);
      let acc = accs.get(key);
      if (!acc) {
        acc = { type: rel.type, source, target, evidence: new Map(), attributes: {} };
        accs.set(key, acc);
      }
      Object.assign(acc.attributes, rel.attributes ?? {});
      const evKey = `${a.source.id}:${sentence.start}`;
      let ev = acc.evidence.get(evKey);
      if (!ev) {
        ev = { source: a.source.id, start: sentence.start, end: sentence.end, triggers: new Map() };
        acc.evidence.set(evKey, ev);
      }
      for (const t of rel.triggers) ev.triggers.set(`${t.start}:${t.end}`, t);
    }
  }
  // A pair with a typed relation needs no "mentioned with" edge on top.
  const typedPairs = new Set<string>();
  for (const acc of accs.values()) {
    if (acc.type !== "co_occurs") typedPairs.add([acc.source, acc.target].sort().join("|"));
  }
  const relations: Relation[] = [];
  for (const [id, acc] of accs) {
    if (acc.type === "co_occurs" && typedPairs.has([acc.source, acc.target].sort().join("|")))
      continue;
    const evidence = [...acc.evidence.values()]
      .sort((x, y) => x.source.localeCompare(y.source) || x.start - y.start)
      .map((e) => {
        const triggers = [...e.triggers.values()].sort(
          (x, y) => x.start - y.start || x.end - y.end,
        );
        return {
          source: e.source,
          start: e.start,
          end: e.end,
          ...(triggers.length ? { triggers } : {}),
        };
      });
    const articles = new Set(evidence.map((e) => e.source)).size;
    relations.push({
      id,
      type: acc.type,
      source: acc.source,
      target: acc.target,
      directed: RELATION_TYPE_INFO[acc.type].directed,
      label: RELATION_TYPE_INFO[acc.type].label,
      evidence,
      attributes: {
        ...acc.attributes,
        ...(acc.type === "co_occurs" ? { count: evidence.length } : {}),
        articles,
      },
    });
  }
  const typeRank = (t: RelationType) => RELATION_TYPES.indexOf(t);
  relations.sort((a, b) => typeRank(a.type) - typeRank(b.type) || a.id.localeCompare(b.id));

  // An endpoint known only through a role or a fact still needs its node.
  for (const r of relations) {
    for (const end of [r.source, r.target])
      if (!entityMentions.has(end)) entityMentions.set(end, []);
  }
  const entities: Entity[] = [];
  for (const [id, mentions] of entityMentions) {
    const entry = gazetteer.entries.get(id);
    if (!entry) continue; // Cannot happen: every id comes from the gazetteer.
    const unique = new Map<string, Mention>();
    for (const m of mentions) unique.set(`${m.source}:${m.start}:${m.end}`, m);
    entities.push({
      id,
      type: entry.type,
      label: entry.label,
      aliases: [...entry.aliases],
      attributes: { ...entry.attributes },
      mentions: [...unique.values()].sort(
        (a, b) => a.source.localeCompare(b.source) || a.start - b.start || a.end - b.end,
      ),
    });
  }
  entities.sort(
    (a, b) =>
      ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) || a.id.localeCompare(b.id),
  );
  const sources = analyses.map((a) => a.source).sort((a, b) => a.id.localeCompare(b.id));
  const docTitle =
    title?.trim() || (sources.length === 1 ? sources[0].title : `${sources.length} articles`);
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    title: docTitle || "Extracted graph",
    sources,
    entities,
    relations,
  };
}

export { countryOf };

/** Whether any of an entity's own spellings names a built thing ("Alabuga Özel Ekonomi Bölgesi"). */
function spelledAsFacility(gazetteer: Gazetteer, id: string): boolean {
  const e = gazetteer.entries.get(id);
  return e !== undefined && [e.label, ...e.aliases].some((a) => isFacility(a));
}
