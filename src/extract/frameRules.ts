import type { MentionRec, Rule } from "./ruleKit";
import {
  BODY,
  PERSON,
  PLACE,
  countryOf,
  isEvent,
  isFacility,
  negatedVerb,
  objectGroup,
  ownsTitle,
  participleSubject,
  personGroup,
} from "./ruleKit";

// Rules read from a verb's frame and the cases on its arguments, written in the third round of
// issue 8 to carry over to news the rules were not tuned on: a person somewhere at the end of a
// sentence ("Azerbaycan'da olacak"), co-chairs of a meeting ("X ile Y'nin başkanlık ettiği"),
// a company's branch in a place ("Ziraat Bankası Azerbaycan şubesi"), a place inside a place
// ("Bişkek'te Kongre Merkezi'nde"), a company as the subject of building a project, a speaker at
// a body's meeting held in a city. Each has its own positive and look-alike sentences in
// tests/unit/extractRules.test.ts.

/** A finite "be" at the end of a sentence: "olacak", "bulunacak", "bulunuyor". */
const BE_FINAL = /^(olacak|olacaklar|bulunacak|bulunacaklar)$/u;

export const beThere: Rule = {
  name: "visited-locative-olacak",
  emits: ["visited"],
  trigger: "olacak, bulunacak as the last word of the sentence",
  frame: "PERSON(nominative subject) ... PLACE-locative olacak.",
  example: "Erdoğan, zirve için yarın Bakü'de olacak. (Erdoğan visited Baku)",
  run(s, emit) {
    const last = s.to - 1;
    if (!BE_FINAL.test(s.word(last))) return;
    const place = s.endingAt(last - 1).find((m) => PLACE.has(m.type) && m.case === "locative");
    if (!place) return;
    const subject = s.persons.find((m) => m.case === "nominative" && m.last < place.first);
    if (subject)
      emit({
        type: "visited",
        source: subject.entity,
        target: place.entity,
        triggers: [s.span(last)],
      });
  },
};

/** "başkanlık ettiği", "başkanlık yaptığı", "eş başkanlığını yaptığı": chairing, as a participle. */
const CHAIRED = /^(ettiği|yaptığı|edeceği|yapacağı|ettikleri|yaptıkları)$/u;

export const chairs: Rule = {
  name: "participates-baskanlik-ettigi",
  emits: ["participates_in", "met_with"],
  trigger: "başkanlık ettiği/yaptığı (a participle before the event)",
  frame:
    "PERSON (ile|ve PERSON)-genitive başkanlık ettiği ... EVENT|BODY: each chair takes part; two chairs met",
  example:
    "Ali Kaya ile Ayşe Demir'in başkanlık ettiği Karma Ekonomik Komisyon toplantısı yapıldı. (both participate_in it; they met)",
  run(s, emit) {
    for (let i = s.from + 1; i < s.to; i++) {
      if (
        !/^(başkanlık|başkanlığını|eşbaşkanlığını)$/u.test(s.word(i)) ||
        !CHAIRED.test(s.word(i + 1))
      )
        continue;
      // The chaired event or body: the first project or organisation within ten words after.
      const event = s.after(
        i + 1,
        (m) =>
          m.first <= i + 11 &&
          (m.type === "organisation" || (m.type === "project" && isEvent(s, m))),
      );
      if (!event) continue;
      // The chairs: the genitive person right before, and the people joined to it by ile/ve.
      const last = s.endingAt(i - 1).find((m) => PERSON.has(m.type) && m.case === "genitive");
      if (!last) continue;
      const chairsOf: MentionRec[] = [last];
      // Past the person's own title: "Türkiye Cumhurbaşkanı Yardımcısı Cevdet Yılmaz'ın".
      const start = (m: MentionRec) =>
        s.endingAt(m.first - 1).find((t) => t.entity === m.entity && t.kind === "title")?.first ??
        m.first;
      let k = start(last) - 1;
      while (k > s.from && /^(ile|ve)$/u.test(s.word(k)) && chairsOf.length < 4) {
        const before = s.endingAt(k - 1).find((m) => PERSON.has(m.type));
        if (!before) break;
        chairsOf.unshift(before);
        k = start(before) - 1;
      }
      const people = [...new Set(chairsOf.map((m) => m.entity))];
      for (const p of people)
        emit({
          type: "participates_in",
          source: p,
          target: event.entity,
          triggers: [s.span(i, i + 1)],
        });
      for (let a = 0; a < people.length; a++)
        for (let b = a + 1; b < people.length; b++)
          emit({
            type: "met_with",
            source: people[a],
            target: people[b],
            triggers: [s.span(i, i + 1)],
          });
    }
  },
};

/** A company's outpost: "şubesi", "ofisi", "temsilciliği", "fabrikası", "bayisi", "mağazası". */
const OUTPOST =
  /^(şube|ofis|temsilcili|fabrika|bayi|bayisi|bayileri|mağaza|tesis|üssü|deposu|distribütörü|sefer|uçuş|hattı|hatları)/u;

export const branch: Rule = {
  name: "operates-branch",
  emits: ["operates_in"],
  trigger: "şubesi, ofisi, temsilciliği, fabrikası, bayisi, mağazası (after a company and a place)",
  frame: "COMPANY(-genitive) PLACE <outpost>: the company operates in the place",
  example: "Ziraat Bankası Azerbaycan şubesi açıldı. (Ziraat Bankası operates_in Azerbaijan)",
  run(s, emit) {
    const nominativePlace = (m: MentionRec) =>
      PLACE.has(m.type) && m.case === "nominative" && m.kind === "name";
    for (const place of s.mentions) {
      if (!nominativePlace(place)) continue;
      // "THY'nin Bişkek ve Oş seferleri": places joined by "ve" or a comma share the outpost.
      const places = [place];
      let k = place.last + 1;
      for (;;) {
        const joined =
          s.word(k) === "ve"
            ? k + 1
            : /^\s*,\s*$/u.test(s.text.slice(s.tokens[k - 1].end, s.tokens[k]?.start ?? 0))
              ? k
              : -1;
        const next = joined > 0 ? s.startingAt(joined).find(nominativePlace) : undefined;
        if (!next) break;
        places.push(next);
        k = next.last + 1;
      }
      if (!OUTPOST.test(s.word(k))) continue;
      const company = s
        .endingAt(place.first - 1)
        .find(
          (m) =>
            m.type === "company" &&
            m.kind === "name" &&
            (m.case === "nominative" || m.case === "genitive"),
        );
      if (company && /^[ \t\u00A0]+$/u.test(s.text.slice(company.end, place.start)))
        for (const p of places)
          emit({
            type: "operates_in",
            source: company.entity,
            target: p.entity,
            triggers: [s.span(k)],
          });
    }
  },
};

export const nestedLocative: Rule = {
  name: "located-nested-locative",
  emits: ["located_in"],
  trigger: "two locatives in a row: 'Bişkek'te Kongre Merkezi'nde'",
  frame:
    "PLACE-locative THING-locative (nothing between): the second, a place, facility or body, is in the first",
  example:
    "Toplantı Kazan'da Kazan Federal Üniversitesi'nde yapıldı. (the university located_in Kazan)",
  run(s, emit) {
    for (const outer of s.mentions) {
      if (!PLACE.has(outer.type) || outer.case !== "locative" || outer.kind !== "name") continue;
      const inner = s
        .startingAt(outer.last + 1)
        .find(
          (m) =>
            m.case === "locative" &&
            m.kind === "name" &&
            m.type !== "country" &&
            m.entity !== outer.entity &&
            (m.type === "place" ||
              m.type === "organisation" ||
              (m.type === "project" && isFacility(s.text.slice(m.start, m.end)))),
        );
      // Only spaces between: "Kazan'da, Bişkek'te" is a list of places, not one inside another.
      if (!inner || !/^[ \t\u00A0]+$/u.test(s.text.slice(outer.end, inner.start))) continue;
      emit({
        type: "located_in",
        source: inner.entity,
        target: outer.entity,
        triggers: [s.span(outer.last), s.span(inner.last)],
      });
    }
  },
};

/** Built by someone: "inşa edilen", "kuruldu", "kurulacak", "açıldı", "yapımı tamamlanan". */
const PASSIVE_BUILD = /^(inşa edil\p{L}*|kurul(du|an|acak|ması|muş)|açıl(dı|an|acak))$/u;

/** Building, as a finite verb or a verbal noun: "inşa ediyor", "inşa etme projesi", "kuruyor". */
function buildVerbAt(s: Parameters<Rule["run"]>[0], i: number): number {
  const w = s.word(i);
  // Not the passive "inşa edilecek": whoever is named did not build it.
  if (w === "inşa" && /^(ed|et)/u.test(s.word(i + 1)) && !/^edil/u.test(s.word(i + 1)))
    return i + 1;
  if (w === "inşasını" || w === "yapımını") return /^üstlen/u.test(s.word(i + 1)) ? i + 1 : -1;
  if (/^kur(uyor|du|acak|acağ|ma|mayı|makta)/u.test(w)) return i;
  // "fabrika açtı": opening a plant of its own.
  if (/^aç(tı|acak|ıyor|mayı|ma)$/u.test(w)) return i;
  return -1;
}

export const companyBuilds: Rule = {
  name: "builds-company-subject",
  emits: ["builds"],
  trigger:
    "inşa ediyor/etti/edecek/etme, kuruyor/kurdu/kuracak, açtı/açacak, inşasını/yapımını üstlendi; X tarafından inşa edilen/kuruldu",
  frame:
    "COMPANY(nominative subject) ... PROJECT(a built thing) ... <build verb>; COMPANY tarafından <passive build verb> (PROJECT)",
  example: "Arçelik, Konya'da bir otobüs fabrikası inşa ediyor. (Arçelik builds the bus plant)",
  run(s, emit) {
    const facility = (m: MentionRec) => isFacility(s.text.slice(m.start, m.end));
    for (let i = s.from; i < s.to; i++) {
      // "Fabrika Arçelik tarafından kuruldu", "Arçelik tarafından inşa edilen fabrika".
      if (s.word(i) === "tarafından") {
        const builder = s.endingAt(i - 1).find((m) => m.type === "company");
        const verb = [1, 2, 3, 4, 5]
          .map((d) => i + d)
          .find(
            (k) =>
              PASSIVE_BUILD.test(`${s.word(k)} ${s.word(k + 1)}`) || PASSIVE_BUILD.test(s.word(k)),
          );
        if (!builder || verb === undefined) continue;
        const built =
          s.projects.find((m) => m.first > verb && m.first <= verb + 4 && facility(m)) ??
          [...s.projects].reverse().find((m) => m.last < builder.first && facility(m));
        if (built)
          emit({
            type: "builds",
            source: builder.entity,
            target: built.entity,
            triggers: [s.span(i, verb)],
          });
        continue;
      }
      const end = buildVerbAt(s, i);
      if (end < 0) continue;
      // The built thing: the nearest facility before the verb, within eight words; for "açtı"
      // its direct object, right before it ("bayi açacak" after a plant is not the plant).
      const reach = /^aç/u.test(s.word(i)) ? 1 : 8;
      const built = [...s.projects]
        .reverse()
        .find((m) => m.last < i && m.last >= i - reach && facility(m));
      if (!built) continue;
      // The builder: a company in the nominative before it, the sentence's subject; no person
      // subject between ("Arçelik'in müdürü Ali Kaya fabrika kurdu" is Ali Kaya's act).
      const builder = s.mentions.find(
        (m) => m.type === "company" && m.case === "nominative" && m.last < built.first,
      );
      if (!builder) continue;
      const person = s.persons.some(
        (m) => m.case === "nominative" && m.first > builder.last && m.last < built.first,
      );
      if (person) continue;
      emit({
        type: "builds",
        source: builder.entity,
        target: built.entity,
        triggers: [s.span(i, end)],
      });
    }
  },
};

/** A body's gathering, in the locative: "toplantısında", "genel kurulunda", "kongresinde". */
const MEETING_LOC = /^(toplantı|kongre|kurultay|zirve|oturum|konferans|forum)\p{L}*(da|de|ta|te)$/u;

export const bodyMeeting: Rule = {
  name: "participates-body-meeting",
  emits: ["participates_in", "visited"],
  trigger: "X'in (PLACE'de yapılan) toplantısında / kongresinde / genel kurulunda",
  frame:
    "SUBJECT(person), BODY-genitive ... <meeting>-locative: the subject takes part in the body('s meeting); a PLACE-locative yapılan/düzenlenen before the meeting word is where the subject was",
  example:
    "Ali Kaya, Türk Devletleri Teşkilatı'nın Konya'da yapılan toplantısında konuştu. (Ali Kaya participates_in TDT; visited Konya)",
  run(s, emit) {
    const subject = s.persons.find((m) => m.case === "nominative");
    if (!subject) return;
    for (let j = subject.last + 1; j < s.to; j++) {
      const general = s.word(j) === "genel" && /^kurul\p{L}*(da|de)$/u.test(s.word(j + 1));
      if (!MEETING_LOC.test(s.word(j)) && !general) continue;
      // The body whose meeting it is: a genitive body within six words before.
      const body = [...s.mentions]
        .reverse()
        .find(
          (m) =>
            BODY.has(m.type) &&
            m.case === "genitive" &&
            m.last < j &&
            m.last >= j - 6 &&
            m.first > subject.last,
        );
      if (!body) continue;
      emit({
        type: "participates_in",
        source: subject.entity,
        target: body.entity,
        triggers: [s.span(j)],
      });
      // "X'in Türkmenabat kentinde yapılan toplantısında": held there, so the subject was there.
      for (let k = body.last + 1; k < j; k++) {
        if (!/^(yapılan|düzenlenen|gerçekleştirilen|toplanan)$/u.test(s.word(k))) continue;
        const place = s.mentions.find(
          (m) =>
            PLACE.has(m.type) &&
            m.first > body.last &&
            m.last < k &&
            (m.case === "locative" || /^(kentinde|şehrinde|ilinde)$/u.test(s.word(m.last + 1))),
        );
        if (place)
          emit({
            type: "visited",
            source: subject.entity,
            target: place.entity,
            triggers: [s.span(k)],
          });
        break;
      }
      break;
    }
  },
};

/** "X başkanlığındaki heyet": a delegation led by X, met as X. */
const DELEGATION = /^heyet(i|le|iyle|in|ine|e)?$/u;
const RECEIVED = /^(kabul|karşıla|görüş|ağırla)/u;

export const delegation: Rule = {
  name: "met-with-heyet",
  emits: ["met_with"],
  trigger: "başkanlığındaki heyeti kabul etti / heyetle görüştü / heyeti karşıladı",
  frame:
    "SUBJECT(person) ... PERSON başkanlığındaki (adjectives) heyet-accusative|instrumental <receive or meet verb>",
  example:
    "Tokayev, Ali Kaya başkanlığındaki Türk heyetini kabul etti. (Tokayev met_with Ali Kaya)",
  run(s, emit) {
    for (let i = s.from + 1; i < s.to; i++) {
      if (!/^başkanlığında(ki)?$/u.test(s.word(i))) continue;
      const leader = s.endingAt(i - 1).find((m) => PERSON.has(m.type));
      if (!leader) continue;
      // The delegation within three words ("Türk iş heyeti"), then the verb within four more.
      let h = -1;
      for (let k = i + 1; k <= i + 4 && k < s.to && h < 0; k++)
        if (DELEGATION.test(s.word(k)) || /^heyet(ini|iyle)$/u.test(s.word(k))) h = k;
      if (h < 0) continue;
      let verb = -1;
      for (let k = h + 1; k <= h + 4 && k < s.to && verb < 0; k++)
        if (RECEIVED.test(s.word(k)) || (s.word(k) === "bir" && s.word(k + 1) === "araya"))
          verb = k;
      if (verb < 0) continue;
      const host = s.persons.find(
        (m) => m.case === "nominative" && m.entity !== leader.entity && m.last < leader.first,
      );
      if (host)
        emit({
          type: "met_with",
          source: host.entity,
          target: leader.entity,
          triggers: [s.span(i), s.span(verb)],
        });
    }
  },
};

/** Regions of the world a country is said to belong to: "Orta Asya ülkesi Özbekistan". */
export const regionCountry: Rule = {
  name: "part-of-region-ulkesi",
  emits: ["part_of"],
  trigger: "ülkesi, ülkelerinden, cumhuriyeti (between a region and a country)",
  frame: "PLACE(region) ülkesi|ülkelerinden COUNTRY: the country is part of the region",
  example: "Orta Asya ülkesi Özbekistan büyüyor. (Uzbekistan part_of Central Asia)",
  run(s, emit) {
    for (const region of s.mentions) {
      if (region.type !== "place" || region.kind !== "name" || region.case !== "nominative")
        continue;
      const w = s.word(region.last + 1);
      if (!/^(ülkesi|ülkelerinden|ülkeleri|cumhuriyeti|cumhuriyetlerinden)$/u.test(w)) continue;
      const country = s
        .startingAt(region.last + 2)
        .find((m) => m.type === "country" && m.kind === "name");
      if (country)
        emit({
          type: "part_of",
          source: country.entity,
          target: region.entity,
          triggers: [s.span(region.last + 1)],
        });
    }
  },
};

/** The subject's people and bodies: the nominative ones before a verb, not a title's owner. */
function subjectsBefore(s: Parameters<Rule["run"]>[0], i: number): MentionRec[] {
  const seen = new Set<string>();
  return s.mentions.filter((m) => {
    if (m.last >= i || m.case !== "nominative" || seen.has(m.entity)) return false;
    if (!(PERSON.has(m.type) || BODY.has(m.type))) return false;
    // "Arçelik Genel Müdürü Ali Kaya": the body owns the title; the person is the subject.
    if (BODY.has(m.type) && ownsTitle(s, m)) return false;
    seen.add(m.entity);
    return true;
  });
}

export const attends: Rule = {
  name: "participates-katilim-acilis",
  emits: ["participates_in"],
  trigger: "katılım sağladı/gösterdi; X'in açılışını yaptı, açılış konuşmasını yaptı",
  frame:
    "SUBJECT(s) ... EVENT-dative katılım sağla-|göster-; SUBJECT ... EVENT-genitive açılışını|açılış konuşmasını yap-|gerçekleştir-",
  example: "Ali Kaya, KazanForum'un açılışını yaptı. (Ali Kaya participates_in KazanForum)",
  run(s, emit) {
    for (let i = s.from + 1; i < s.to; i++) {
      const w = s.word(i);
      let event: MentionRec | undefined;
      if (
        w === "katılım" &&
        /^(sağladı|sağladılar|sağlayacak|gösterdi|gösterdiler|gösterecek)$/u.test(s.word(i + 1))
      )
        event = s.endingAt(i - 1).find((m) => isEvent(s, m) && m.case === "dative");
      else if (
        /^açılış(ını|ı)$/u.test(w) ||
        (w === "açılış" && /^konuşması/u.test(s.word(i + 1)))
      ) {
        const verb = w === "açılış" ? i + 2 : i + 1;
        if (!/^(yap|gerçekleştir)/u.test(s.word(verb))) continue;
        event = s.endingAt(i - 1).find((m) => isEvent(s, m) && m.case === "genitive");
      }
      if (!event) continue;
      // "Forumun açılış konuşmasını yapan Rektör Ali Kaya": the participle's subject follows.
      const verb = w === "açılış" ? i + 2 : i + 1;
      const participle = /^(yapan|gerçekleştiren)$/u.test(s.word(verb));
      const guest = participle
        ? s.persons.find(
            (m) =>
              m.first > verb &&
              m.first <= verb + 4 &&
              s.tokens.slice(verb + 1, m.first).every((t) => /^\p{Lu}/u.test(t.text)),
          )
        : undefined;
      const who = participle ? (guest ? [guest] : []) : subjectsBefore(s, event.first);
      for (const p of who)
        emit({
          type: "participates_in",
          source: p.entity,
          target: event.entity,
          triggers: [s.span(i, i + 1)],
        });
    }
  },
};

export const hostedThere: Rule = {
  name: "visited-karsilandi-ayrildi",
  emits: ["visited"],
  trigger:
    "karşılandı, ağırlandı, uğurlandı (after a place in the locative); ayrıldı (after one in the ablative)",
  frame:
    "PERSON(subject) ... PLACE-locative (resmi törenle) karşılandı|ağırlandı; PLACE-ablative ayrıl-",
  example: "Ali Kaya, Bakü'de resmi törenle karşılandı. (Ali Kaya visited Baku)",
  run(s, emit) {
    for (let i = s.from + 1; i < s.to; i++) {
      const w = s.word(i);
      const hosted = /^(karşılandı|ağırlandı|uğurlandı|karşılanan|ağırlanan)$/u.test(w);
      const left = /^(ayrıldı|ayrılan|ayrılarak|ayrılacak)$/u.test(w);
      if (!hosted && !left) continue;
      const place = [...s.mentions]
        .reverse()
        .find(
          (m) =>
            PLACE.has(m.type) &&
            m.kind === "name" &&
            m.last < i &&
            m.last >= i - 4 &&
            m.case === (hosted ? "locative" : "ablative"),
        );
      if (!place) continue;
      // "Bakü'de karşılanan X", "Kazakistan'dan ayrılan X": the participle's subject follows.
      const participle = /an$/u.test(w);
      const who = participle
        ? s.persons.find(
            (m) =>
              m.first > i &&
              m.first <= i + 4 &&
              s.tokens.slice(i + 1, m.first).every((t) => /^\p{Lu}/u.test(t.text)),
          )
        : s.persons.find((m) => m.case === "nominative" && m.last < place.first);
      if (!who) continue;
      // Leaving home is no visit: "Erdoğan, Ankara'dan ayrıldı" for Turkey's president.
      const home = countryOf(s.ctx.gazetteer, who.entity);
      if (left && home && countryOfPlace(s, place.entity) === home) continue;
      emit({ type: "visited", source: who.entity, target: place.entity, triggers: [s.span(i)] });
    }
  },
};

/** The country a place is in, as far as the gazetteer's facts say: itself for a country. */
function countryOfPlace(s: Parameters<Rule["run"]>[0], place: string): string | undefined {
  let at = place;
  for (let hop = 0; hop < 3; hop++) {
    const e = s.ctx.gazetteer.entries.get(at);
    if (!e) return undefined;
    if (e.type === "country") return at;
    const up = e.facts?.find((f) => f.relation === "capital_of" || f.relation === "part_of");
    if (!up) return undefined;
    at = up.target;
  }
  return undefined;
}

/** An office of state as an institution: "Başbakanlığı", "Cumhurbaşkanlığı", "Bakanlığı". */
const INSTITUTION = /^(başbakanlığ|cumhurbaşkanlığ|devlet başkanlığ|bakanlığ)/u;

export const officeOfInstitution: Rule = {
  name: "official-of-institution",
  emits: ["leader_of", "official_of"],
  trigger:
    "COUNTRY Başbakanlığı / Cumhurbaşkanlığı / ... Bakanlığı, then the bare title of that office before a name",
  frame:
    "COUNTRY <office>lığı(ndan) ... <office> PERSON: the person holds that office of the country",
  example:
    "Kazakistan Başbakanlığından yapılan açıklamaya göre Başbakan Ali Kaya konuştu. (Ali Kaya official_of Kazakhstan)",
  run(s, emit) {
    for (const country of s.mentions) {
      if (country.type !== "country" || country.kind !== "name" || country.case !== "nominative")
        continue;
      // The institution right after the country, past at most two portfolio words ("Dışişleri").
      let at = -1;
      for (let k = country.last + 1; k <= country.last + 3 && k < s.to && at < 0; k++) {
        const two = `${s.word(k)} ${s.word(k + 1)}`;
        if (INSTITUTION.test(s.word(k)) || INSTITUTION.test(two)) at = k;
        else if (!/^\p{Lu}/u.test(s.tokens[k].text)) break;
      }
      if (at < 0) continue;
      const office = foldTitleHead(
        `${s.word(at)} ${s.word(at + 1)}`.replace(/lığ\p{L}*.*$/u, "").trim(),
      );
      // The bare title of that office before a name, later in the sentence.
      for (const p of s.persons) {
        if (p.kind !== "title" || !p.title || p.first <= at) continue;
        if (p.start !== p.title.start) continue; // an owner stands before it: not bare
        const head = foldTitleHead(s.text.slice(p.title.start, p.title.end));
        if (head !== office) continue;
        emit({
          type:
            office === "cumhurbaşkan" || office === "devlet başkan" ? "leader_of" : "official_of",
          source: p.entity,
          target: country.entity,
          triggers: [s.span(country.first, at), { start: p.title.start, end: p.title.end }],
        });
      }
    }
  },
};

/** "Başbakan", "Başbakanı" -> "başbakan"; "Dışişleri Bakanı" -> "bakan": the office's head word. */
function foldTitleHead(text: string): string {
  const words = text.toLocaleLowerCase("tr").split(/\s+/u);
  const last = (words[words.length - 1] ?? "").replace(/ı$/u, "");
  return words.length > 1 && words[words.length - 2] === "devlet" ? `devlet ${last}` : last;
}

/** Being put up somewhere: "kurulacak", "inşa edilecek", "açılacak", "yapılacak". */
const PUT_UP = /^(kurul(acak|an|du|ması)|açıl(acak|an|dı)|yapıl(acak|an)|inşa)$/u;

export const builtThere: Rule = {
  name: "located-dative-kurulacak",
  emits: ["located_in"],
  trigger: "kurulacak, inşa edilecek, açılacak, yapılacak (after a place in the dative)",
  frame: "PLACE-dative <passive build participle> FACILITY: the facility is there",
  example:
    "Kazakistan'a kurulacak otobüs fabrikası 500 kişiye iş verecek. (the bus plant located_in Kazakhstan)",
  run(s, emit) {
    for (const place of s.mentions) {
      if (!PLACE.has(place.type) || place.case !== "dative" || place.kind !== "name") continue;
      const k = place.last + 1;
      if (!PUT_UP.test(s.word(k)) || (s.word(k) === "inşa" && !/^edil/u.test(s.word(k + 1))))
        continue;
      const after = s.word(k) === "inşa" ? k + 1 : k;
      // The facility right after the participle, past modifiers only ("yeni", "100 milyon
      // dolarlık"): "kurulacak heyetle ... fabrika" is not the plant's place.
      const thing = s.projects.find(
        (m) =>
          m.first > after &&
          m.first <= after + 5 &&
          isFacility(s.text.slice(m.start, m.end)) &&
          s.tokens
            .slice(after + 1, m.first)
            .every((t) =>
              /^(yeni|bir|ilk|modern|büyük|dev|milyon|milyar|dolarlık|avroluk|\d+)$/u.test(
                t.folded,
              ),
            ) &&
          !/[,;.]/u.test(s.text.slice(s.tokens[after].end, m.start)),
      );
      if (thing)
        emit({
          type: "located_in",
          source: thing.entity,
          target: place.entity,
          triggers: [s.span(k, after)],
        });
    }
  },
};

export const callsOn: Rule = {
  name: "met-with-ziyaret-person",
  emits: ["met_with"],
  trigger: "ziyaret etti / ziyaret eden (a person in the accusative)",
  frame:
    "SUBJECT(person) ... PERSON-accusative (makamında|evinde) ziyaret et-; PERSON-accusative ziyaret eden PERSON",
  example: "Ali Kaya, Vali Ayşe Demir'i makamında ziyaret etti. (Ali Kaya met_with Ayşe Demir)",
  run(s, emit) {
    for (const host of s.persons) {
      if (host.case !== "accusative") continue;
      let k = host.last + 1;
      if (/^(makamında|evinde|ofisinde|bürosunda)$/u.test(s.word(k))) k++;
      if (!s.word(k).startsWith("ziyaret") || !/^e[dt]/u.test(s.word(k + 1))) continue;
      const participle = s.word(k + 1) === "eden";
      const guest = participle
        ? s.persons.find(
            (m) =>
              m.first > k + 1 &&
              m.first <= k + 5 &&
              s.tokens.slice(k + 2, m.first).every((t) => /^\p{Lu}/u.test(t.text)),
          )
        : s.persons.find(
            (m) => m.case === "nominative" && m.last < host.first && m.entity !== host.entity,
          );
      if (!guest || guest.entity === host.entity) continue;
      // "A ve yardımcısı B, C ile D'yi ziyaret etti": each of the visitors met each host.
      for (const g of personGroup(s, guest))
        for (const h of objectGroup(s, host))
          if (g.entity !== h.entity)
            emit({
              type: "met_with",
              source: g.entity,
              target: h.entity,
              triggers: [s.span(k, k + 1)],
            });
    }
  },
};

/** A meeting verb: "görüştü", "görüşerek", "bir araya geldi", "biraraya gelen", "buluştu". */
function meetingVerb(s: Parameters<Rule["run"]>[0], i: number): number {
  const w = s.word(i);
  if (negatedVerb(s, i)) return -1;
  if (/^(görüş(tü|müş|ecek|erek|en|üyor)|buluş(tu|an|arak|acak|muş))/u.test(w)) return i;
  if (w === "biraraya" && /^gel/u.test(s.word(i + 1)) && !negatedVerb(s, i + 1)) return i + 1;
  if (w === "bir" && s.word(i + 1) === "araya" && /^gel/u.test(s.word(i + 2)))
    return negatedVerb(s, i + 2) ? -1 : i + 2;
  return -1;
}

/**
 * The places a person is at home in, as far as this article says: the country of their office in
 * the gazetteer, and the places named inside the titles it gives them ("Kırgızistan Büyükelçisi",
 * "Ankara Büyükşehir Belediye Başkanı"), in this sentence or before it.
 */
function homesOf(s: Parameters<Rule["run"]>[0], person: string): Set<string> {
  const homes = new Set<string>();
  const own = countryOf(s.ctx.gazetteer, person);
  if (own) homes.add(own);
  const inside = (t: MentionRec) => (m: MentionRec) =>
    m.kind === "name" && PLACE.has(m.type) && m.start >= t.start && m.end <= t.end;
  for (const t of s.mentions)
    if (t.kind === "title" && t.entity === person)
      for (const m of s.mentions.filter(inside(t))) homes.add(m.entity);
  const before = s.ctx.earlier?.((m) => m.kind === "title" && m.entity === person);
  const place = before && s.ctx.earlier?.(inside(before));
  if (place) homes.add(place.entity);
  return homes;
}

export const metThere: Rule = {
  name: "visited-meeting-place",
  emits: ["visited"],
  trigger: "görüştü, bir araya geldi, biraraya gelen, buluştu (with a place in the locative)",
  frame:
    "PERSON ... PLACE-locative ... (PERSON ile) <meeting verb>; PLACE-locative ... buluşan PERSON: whoever is not at home there visited it",
  example:
    "Kırgızistan Büyükelçisi Ali Kaya, Antalya'da işadamlarıyla bir araya geldi. (Ali Kaya visited Antalya)",
  run(s, emit) {
    for (let i = s.from + 1; i < s.to; i++) {
      const verb = meetingVerb(s, i);
      if (verb < 0) continue;
      // The place: a name in the locative within eight words before the verb, in its clause.
      const place = [...s.mentions]
        .reverse()
        .find(
          (m) =>
            m.kind === "name" &&
            PLACE.has(m.type) &&
            m.case === "locative" &&
            m.last < i &&
            m.last >= i - 8 &&
            !/^(bulunan|bulunduğu)$/u.test(s.word(m.last + 1)) &&
            !s.mentions.some((t) => t.kind === "title" && t.start <= m.start && m.end <= t.end),
        );
      if (!place || /[;]/u.test(s.text.slice(place.end, s.tokens[i].start))) continue;
      const participle = /(an|en)$/u.test(s.word(verb));
      const subject = participle
        ? participleSubject(s, verb)
        : s.persons.find((m) => m.case === "nominative" && m.last < place.first);
      if (!subject || !PERSON.has(subject.type)) continue;
      // The partner: "X ile", "X'le" between the place and the verb.
      const partner = s.persons.find(
        (m) =>
          m.entity !== subject.entity &&
          m.first > place.last &&
          m.last < i &&
          (m.case === "instrumental" || s.word(m.last + 1) === "ile"),
      );
      const where = countryOfPlace(s, place.entity);
      const atHome = (who: string) => {
        const homes = homesOf(s, who);
        return homes.has(place.entity) || (where !== undefined && homes.has(where));
      };
      const known = (who: string) => homesOf(s, who).size > 0;
      for (const p of partner ? [subject, partner] : [subject]) {
        // Away from home. Where the place's country is unknown, only the subject, whom the story
        // follows, is taken to have come: "Erdoğan, Bakü'de Aliyev ile görüştü" is Erdoğan's
        // visit, not Aliyev's. One whose home is unknown may be a host's own minister: nothing.
        const away = known(p.entity) && !atHome(p.entity) && (p === subject || where !== undefined);
        if (away)
          emit({
            type: "visited",
            source: p.entity,
            target: place.entity,
            triggers: [{ start: place.start, end: place.end }, s.span(i, verb)],
          });
      }
    }
  },
};
