import type { EntityType, RelationType } from "../model";
import type { Gazetteer } from "./gazetteer";
import type { GrammaticalCase } from "./suffixes";
import type { Token } from "./text";

// Sentence-level relation patterns. Each rule reads the tokens and mentions of one sentence and
// emits typed relations with the words that triggered them. Rules are small and independent; a
// rule that cannot tell who is meant emits nothing rather than guessing.

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
  kind: "name" | "title";
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

const PERSON: ReadonlySet<EntityType> = new Set(["leader", "person"]);
const PLACE: ReadonlySet<EntityType> = new Set(["country", "place"]);
const ACTOR: ReadonlySet<EntityType> = new Set(["country", "place", "company", "organisation"]);

/** Head words of projects that are built things (located somewhere) rather than events (held). */
const FACILITY =
  /^(fabrika|tesis|sokak|sokağ|cadde|bulvar|köprü|bina|santral|liman|havaliman|havaalan|okul|müze|hastane|boru|demiryol|otoyol|park|meydan|anıt|heykel|kampüs|üniversite|merkez)/u;

/** "şehrinde", "bölgesinde": a classifier noun in the locative after a place name. */
const CLASSIFIER_LOCATIVE =
  /^(şehri|kenti|ilçesi|köyü|bölgesi|eyaleti|vilayeti|ili|beldesi|mahallesi|başkenti)nde$/u;
const PARTICIPLE = /[dt][ıiuü]ğ[ıiuü]$/u;
const MET = /^görüş(tü|tüler|müş|müşler|ecek|ecekler)$/u;

export function isFacility(text: string): boolean {
  return text.split(/\s+/u).some((w) => FACILITY.test(w.toLocaleLowerCase("tr")));
}

function span(tokens: Token[], a: number, b = a): Span {
  return { start: tokens[a].start, end: tokens[b].end };
}

/** Only spaces (and at most a line break) between two offsets. */
function plainGap(text: string, from: number, to: number): boolean {
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

export function runRules(ctx: SentenceContext): void {
  const { text, tokens, from, to, mentions, gazetteer, emit } = ctx;
  const word = (i: number) => (i >= from && i < to ? tokens[i].folded : "");
  const endingAt = (i: number) => mentions.filter((m) => m.last === i);
  const startingAt = (i: number) => mentions.filter((m) => m.first === i);
  const after = (i: number, pred: (m: MentionRec) => boolean) =>
    mentions.find((m) => m.first > i && pred(m));
  const persons = mentions.filter((m) => PERSON.has(m.type));
  const subject = persons.find((m) => m.case === "nominative")?.entity ?? ctx.previousSubject;
  const subjectCountry = subject ? countryOf(gazetteer, subject) : undefined;
  const projects = mentions.filter((m) => m.type === "project");

  for (let i = from; i < to; i++) {
    const w = word(i);

    // "X ile görüştü": the subject met X.
    if (MET.test(w) || (w === "bir" && word(i + 1) === "araya" && word(i + 2).startsWith("gel"))) {
      for (let j = i - 1; j >= from; j--) {
        if (word(j) !== "ile") continue;
        const other = endingAt(j - 1).find((m) => PERSON.has(m.type));
        if (!other) continue;
        const subj = persons.find((m) => m.entity !== other.entity && m.start < tokens[i].start);
        const who =
          subj?.entity ?? (ctx.previousSubject !== other.entity ? ctx.previousSubject : undefined);
        if (who) {
          const end = w === "bir" ? i + 2 : i;
          emit({
            type: "met_with",
            source: who,
            target: other.entity,
            triggers: [span(tokens, i, end)],
          });
        }
        break;
      }
    }

    // "Kazakistanda bulunan ... Minnikhanov": a visit; a thing there is located in it.
    if (w === "bulunan" || w === "bulunduğu") {
      const place = endingAt(i - 1).find((m) => PLACE.has(m.type) && m.case === "locative");
      if (place) {
        const person = after(i, (m) => PERSON.has(m.type) && m.first <= i + 6);
        if (person) {
          const triggers: Span[] = [];
          for (let j = from; j < i; j++) {
            if (!word(j).startsWith("ziyaret")) continue;
            const k = ["çalışma", "resmi", "resmî", "devlet", "kısa"].includes(word(j - 1))
              ? j - 1
              : j;
            triggers.push(span(tokens, k, j));
          }
          triggers.push(span(tokens, i));
          emit({ type: "visited", source: person.entity, target: place.entity, triggers });
        } else {
          const thing = after(
            i,
            (m) => !PERSON.has(m.type) && m.entity !== place.entity && m.first <= i + 4,
          );
          if (thing)
            emit({
              type: "located_in",
              source: thing.entity,
              target: place.entity,
              triggers: [span(tokens, i)],
            });
        }
      }
    }

    // "Saran şehrinde bir fabrika": the next project or company is located in the city.
    if (CLASSIFIER_LOCATIVE.test(w)) {
      const place = endingAt(i - 1).find((m) => PLACE.has(m.type));
      const thing = place && after(i, (m) => m.type === "project" || m.type === "company");
      if (place && thing)
        emit({
          type: "located_in",
          source: thing.entity,
          target: place.entity,
          triggers: [span(tokens, i)],
        });
    }

    // "X'in ismini verme": X is commemorated in the street, factory or place named after them.
    if ((w === "ismini" || w === "adını") && word(i + 1).startsWith("ver")) {
      const person = endingAt(i - 1).find((m) => PERSON.has(m.type));
      const named = projects.find((m) => isFacility(text.slice(m.start, m.end)));
      if (person && named) {
        emit({
          type: "commemorated_in",
          source: person.entity,
          target: named.entity,
          triggers: [span(tokens, i, i + 1)],
        });
      }
    }

    // "MIA Kazinform'a atıfta bulunan GBNews'e göre": GBNews cites Kazinform.
    if (w === "atıfta" && word(i + 1) === "bulunan") {
      const cited = endingAt(i - 1)[0];
      const citing = startingAt(i + 2)[0];
      if (cited && citing && cited.entity !== citing.entity) {
        emit({
          type: "cites",
          source: citing.entity,
          target: cited.entity,
          triggers: [span(tokens, i, i + 1)],
        });
      }
    }

    // "pazarımızda ... Tatneft'in ... varlığı": companies operate in our (or X's) market.
    if (/^pazar/u.test(w) || (/^faaliyet/u.test(w) && word(i + 1).startsWith("göster"))) {
      let market: string | undefined;
      let triggerStart = i;
      if (/^pazar(ımız|ımızd|ımızı)/u.test(w)) market = subjectCountry;
      else {
        const owner = endingAt(i - 1).find((m) => PLACE.has(m.type));
        market = owner?.entity;
        if (owner) triggerStart = i;
      }
      if (market) {
        const triggers = [span(tokens, triggerStart)];
        for (let j = i + 1; j < to; j++)
          if (word(j).startsWith("varlığ")) triggers.push(span(tokens, j));
        for (const c of mentions.filter((m) => m.type === "company")) {
          emit({ type: "operates_in", source: c.entity, target: market, triggers });
        }
      }
    }

    // "ana ortağımız olan Rusya Federasyonu": our country cooperates with it.
    if (/^ortağ/u.test(w) && word(i + 1) === "olan") {
      const partner = startingAt(i + 2).find((m) => ACTOR.has(m.type));
      if (partner && subjectCountry && partner.entity !== subjectCountry) {
        const k = ["ana", "stratejik", "önemli", "yakın", "büyük"].includes(word(i - 1))
          ? i - 1
          : i;
        emit({
          type: "cooperates_with",
          source: subjectCountry,
          target: partner.entity,
          triggers: [span(tokens, k, i)],
        });
      }
    }

    // "X ile iş birliği": cooperation between the subject's country and X;
    // "X ile olan temasları": contacts between the subject (or the previous one) and X.
    if (w === "ile") {
      const x = endingAt(i - 1)[0];
      if (x) {
        const isb =
          word(i + 1) === "iş" && word(i + 2).startsWith("birliğ")
            ? i + 2
            : word(i + 1).startsWith("işbirliğ")
              ? i + 1
              : -1;
        if (isb > 0 && subjectCountry && ACTOR.has(x.type) && subjectCountry !== x.entity) {
          emit({
            type: "cooperates_with",
            source: subjectCountry,
            target: x.entity,
            triggers: [span(tokens, i + 1, isb)],
          });
        }
        const contact = word(i + 1) === "olan" ? i + 2 : i + 1;
        if (/^(temas|ilişki)/u.test(word(contact)) && PERSON.has(x.type)) {
          const other = persons.find((m) => m.entity !== x.entity)?.entity ?? ctx.previousSubject;
          if (other && other !== x.entity) {
            emit({
              type: "cooperates_with",
              source: other,
              target: x.entity,
              triggers: [span(tokens, contact)],
            });
          }
        }
        // "Kazakistan ile Tataristan arasındaki ... iş birliği, ortak çabalar"
        const y = startingAt(i + 1)[0];
        if (y && y.entity !== x.entity && word(y.last + 1).startsWith("arasında")) {
          const between = span(tokens, y.last + 1);
          for (const p of projects) {
            if (p.first <= y.last) continue;
            if (ACTOR.has(x.type))
              emit({ type: "involves", source: p.entity, target: x.entity, triggers: [between] });
            if (ACTOR.has(y.type))
              emit({ type: "involves", source: p.entity, target: y.entity, triggers: [between] });
          }
          for (let j = y.last + 1; j < to; j++) {
            const coop =
              word(j) === "iş" && word(j + 1).startsWith("birliğ")
                ? j + 1
                : word(j).startsWith("işbirliğ")
                  ? j
                  : -1;
            if (coop > 0 && ACTOR.has(x.type) && ACTOR.has(y.type)) {
              emit({
                type: "cooperates_with",
                source: x.entity,
                target: y.entity,
                triggers: [span(tokens, j, coop)],
              });
              break;
            }
          }
        }
      }
    }

    // "Rusya-Kazakistan ilişkileri": the two cooperate.
    if (/^ilişki/u.test(w)) {
      const b = endingAt(i - 1).find((m) => ACTOR.has(m.type));
      const a = b && endingAt(b.first - 1).find((m) => ACTOR.has(m.type));
      if (
        a &&
        b &&
        a.entity !== b.entity &&
        /^\s*[-\u2010-\u2013]\s*$/u.test(text.slice(a.end, b.start))
      ) {
        emit({
          type: "cooperates_with",
          source: a.entity,
          target: b.entity,
          triggers: [span(tokens, i)],
        });
      }
    }
  }

  // "İki lider, ...": the two people of the previous sentence.
  const groupSubject =
    (word(from) === "iki" && /^(lider|başkan|bakan|taraf)/u.test(word(from + 1))) ||
    /^liderler$/u.test(word(from));
  const actors = groupSubject
    ? (ctx.previousPersons ?? [])
    : persons.filter((m) => m.case === "nominative").map((m) => m.entity);

  for (let i = from; i < to; i++) {
    const w = word(i);

    // "resmi bir ziyaret için geldiği Ankara'da": a visit.
    if (/^geldiğ/u.test(w)) {
      const place = startingAt(i + 1).find(
        (m) => PLACE.has(m.type) && (m.case === "locative" || m.case === "dative"),
      );
      if (place && subject) {
        emit({
          type: "visited",
          source: subject,
          target: place.entity,
          triggers: [span(tokens, i)],
        });
      }
    }

    // "BOTAŞ ile SOCAR'ın birlikte inşa edeceği ... Boru Hattı": they build it.
    if (
      (w === "inşa" && /^(edeceğ|ettiğ|edilen|edilecek)/u.test(word(i + 1))) ||
      /^kuracağ|^kurduğ/u.test(w)
    ) {
      const built = after(i, (m) => m.type === "project");
      if (built) {
        const builders = mentions.filter((m) => m.type === "company" && m.end <= tokens[i].start);
        for (const b of builders) {
          emit({
            type: "builds",
            source: b.entity,
            target: built.entity,
            triggers: [span(tokens, i, w === "inşa" ? i + 1 : i)],
          });
        }
      }
    }

    // "Türkiye ile Azerbaycan arasında ... bir anlaşma imzalandı"
    if (w === "ile") {
      const x = endingAt(i - 1).find((m) => ACTOR.has(m.type));
      const y = x && startingAt(i + 1).find((m) => ACTOR.has(m.type) && m.entity !== x.entity);
      if (x && y && word(y.last + 1).startsWith("arasında")) {
        for (let j = y.last + 2; j < to; j++) {
          if (word(j).startsWith("anlaşma")) {
            emit({
              type: "agreement_with",
              source: x.entity,
              target: y.entity,
              triggers: [span(tokens, j)],
            });
            break;
          }
        }
      }
    }

    // "Azerbaycan'ın Türkiye'deki en büyük yatırımı": the company invests, so operates, there.
    if (/^yatırım/u.test(w)) {
      const there = mentions.find(
        (m) => PLACE.has(m.type) && m.case === "relative" && m.last < i && m.last >= i - 4,
      );
      if (there) {
        for (const c of mentions.filter((m) => m.type === "company")) {
          emit({
            type: "operates_in",
            source: c.entity,
            target: there.entity,
            triggers: [span(tokens, i)],
          });
        }
      }
    }

    // "Iğdır'dan başlayarak Nahçıvan'a uzanacak": the line just named runs through both.
    if (/^uzan/u.test(w) && ctx.earlier) {
      const line = projects[0] ?? ctx.earlier((m) => m.type === "project");
      if (line) {
        for (const m of mentions) {
          if (PLACE.has(m.type) && (m.case === "ablative" || m.case === "dative") && m.last < i) {
            emit({
              type: "located_in",
              source: line.entity,
              target: m.entity,
              triggers: [span(tokens, i)],
            });
          }
        }
      }
    }

    // "... Konseyi'nin 10. Toplantısı'na başkanlık etti", "foruma katıldı": taking part.
    if (/^(katıl(dı|acak|mış|ıyor)|başkanlık)/u.test(w)) {
      let target = mentions.find(
        (m) =>
          (m.type === "organisation" || m.type === "project") &&
          m.last < i &&
          (m.case === "dative" ||
            /^toplantı/u.test(word(m.last + 1)) ||
            /^toplantı/u.test(word(m.last + 2))),
      )?.entity;
      if (!target && ctx.earlier) {
        // "foruma", "toplantıya", "zirveye": the event of that name mentioned last.
        for (let j = Math.max(from, i - 3); j < i; j++) {
          const stem = /^(forum|toplantı|zirve|konferans|tören|fuar)/u.exec(word(j))?.[1];
          if (!stem) continue;
          target = ctx.earlier(
            (m) =>
              (m.type === "project" || m.type === "organisation") &&
              text.slice(m.start, m.end).toLocaleLowerCase("tr").includes(stem),
          )?.entity;
          if (target) break;
        }
      }
      if (target) {
        for (const a of actors)
          emit({ type: "participates_in", source: a, target, triggers: [span(tokens, i)] });
      }
    }
  }

  // "Ankara Üniversitesi öğretim üyesi Prof. Dr. Aydın Kaya": a position in an organisation.
  for (const org of mentions.filter((m) => m.type === "organisation" || m.type === "company")) {
    let j = org.last + 1;
    let position = -1;
    for (; j < to && j <= org.last + 6; j++) {
      if (
        /^(üyesi|müdürü|rektörü|sözcüsü|direktörü|yöneticisi|başkanı|çalışanı|dekanı|genel)$/u.test(
          word(j),
        )
      )
        position = j;
      const person = startingAt(j).find((m) => PERSON.has(m.type));
      if (person && position > 0) {
        emit({
          type: "official_of",
          source: person.entity,
          target: org.entity,
          triggers: [span(tokens, position)],
        });
        break;
      }
      if (person) break;
    }
  }

  for (const m of mentions) {
    const nextWord = word(m.last + 1);
    // "Karaganda bölgesine yaptığı son ziyaretin": whoever's visit it was visited the place.
    if (PLACE.has(m.type) && m.case === "dative") {
      for (let j = m.last + 1; j <= m.last + 4 && j < to; j++) {
        if (!word(j).startsWith("ziyaret")) continue;
        const visitor =
          [...persons].reverse().find((p) => p.start < m.start && p.case === "genitive")?.entity ??
          subject;
        if (visitor)
          emit({
            type: "visited",
            source: visitor,
            target: m.entity,
            triggers: [span(tokens, m.last + 1, j)],
          });
        break;
      }
    }
    // "Ankara'yı ziyaret etti"
    if (PLACE.has(m.type) && m.case === "accusative" && nextWord.startsWith("ziyaret") && subject) {
      emit({
        type: "visited",
        source: subject,
        target: m.entity,
        triggers: [span(tokens, m.last + 1)],
      });
    }
    // "Saran şehrinde ... başlandığı Karaganda bölgesine": the city is in the region.
    if (
      PLACE.has(m.type) &&
      PARTICIPLE.test(word(m.first - 1)) &&
      plainGap(text, tokens[m.first - 1].end, m.start)
    ) {
      const inner = mentions.find(
        (a) =>
          a.start < m.start &&
          a.entity !== m.entity &&
          a.type === "place" &&
          (a.case === "locative" || CLASSIFIER_LOCATIVE.test(word(a.last + 1))),
      );
      if (inner)
        emit({
          type: "located_in",
          source: inner.entity,
          target: m.entity,
          triggers: [span(tokens, m.first - 1)],
        });
    }
    // "Nur-Sultan'ın sokaklarından birine" / "Tataristan'ın kültür ve sanat günleri"
    if (PLACE.has(m.type) && m.case === "genitive") {
      const p = startingAt(m.last + 1).find((x) => x.type === "project");
      if (p && plainGap(text, m.end, p.start)) {
        if (isFacility(text.slice(p.start, p.end))) {
          emit({
            type: "located_in",
            source: p.entity,
            target: m.entity,
            triggers: [span(tokens, p.first)],
          });
        } else {
          emit({
            type: "involves",
            source: p.entity,
            target: m.entity,
            triggers: [{ start: m.start, end: m.end }],
          });
        }
      }
    }
    // "... Tataristan'da okumak", "... Kazakistan'da düzenlemeyi": events are held there,
    // built things are located there.
    if (
      PLACE.has(m.type) &&
      m.case === "locative" &&
      nextWord !== "bulunan" &&
      !CLASSIFIER_LOCATIVE.test(nextWord) &&
      m.last + 1 < to
    ) {
      for (const p of projects) {
        if (p.start <= m.start && m.end <= p.end) continue;
        const facility = isFacility(text.slice(p.start, p.end));
        emit({
          type: facility ? "located_in" : "held_in",
          source: p.entity,
          target: m.entity,
          triggers: [span(tokens, m.last + 1)],
        });
      }
    }
  }

  // "Kazakistanlı öğrenciler": a project whose words name a people involves their country.
  for (const d of ctx.demonyms) {
    const p = projects.find((m) => m.start <= d.start && d.start < m.end + 2);
    if (p && p.entity !== d.entity) {
      emit({
        type: "involves",
        source: p.entity,
        target: d.entity,
        triggers: [{ start: d.start, end: d.end }],
      });
    }
  }

  // Background knowledge ("Tatarstan is part of Russia"), stated where a sentence names both ends,
  // or the head of one of them.
  const standsFor = new Set<string>();
  for (const m of mentions) {
    standsFor.add(m.entity);
    // A title names an office, and so its country ("Devlet başkanı" evokes Kazakhstan); a bare
    // name does not.
    if (m.kind !== "title") continue;
    for (const role of gazetteer.entries.get(m.entity)?.roles ?? []) standsFor.add(role.of);
  }
  for (const id of new Set(mentions.map((m) => m.entity))) {
    for (const fact of gazetteer.entries.get(id)?.facts ?? []) {
      if (standsFor.has(fact.target) && fact.target !== id) {
        emit({
          type: fact.relation,
          source: id,
          target: fact.target,
          triggers: [],
          attributes: { basis: "background knowledge" },
        });
      }
    }
  }
}
