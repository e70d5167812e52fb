import type { MentionRec, Rule, Span } from "./ruleKit";
import {
  BODY,
  LOCATIVE_WORD,
  PERSON,
  PLACE,
  eventAt,
  isEvent,
  ownsTitle,
  participleSubject,
} from "./ruleKit";

// Rules about events: who took part in a forum, a summit, a ceremony, and who hosted it. An event
// is a project that is not a built thing; a common word for it ("zirvede", "foruma", "aile
// fotoğrafında") stands for the event of that name named last, in this sentence or before it.

/** People and bodies named in the nominative between two tokens: a list of participants. */
function listed(s: Parameters<Rule["run"]>[0], from: number, to: number): MentionRec[] {
  const seen = new Set<string>();
  return s.mentions.filter((m) => {
    if (m.first <= from || m.last >= to || m.case !== "nominative") return false;
    if (!(PERSON.has(m.type) || BODY.has(m.type))) return false;
    if (BODY.has(m.type) && ownsTitle(s, m)) return false;
    if (seen.has(m.entity)) return false;
    seen.add(m.entity);
    return true;
  });
}

export const present: Rule = {
  name: "participates-yer-aldi",
  emits: ["participates_in"],
  trigger: "yer aldı, hazır bulundu, iştirak etti (after an event in the locative)",
  frame:
    "EVENT-locative|event word-locative ... PERSON|BODY, ... (ve) PERSON|BODY yer aldı: all of them took part",
  example:
    "Liderler zirvede buluştu. Aile fotoğrafında Tokayev ve Aliyev yer aldı. (both participate_in the summit named last)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      const w = s.word(i);
      const next = s.word(i + 1);
      const verb =
        (w === "yer" && /^al(dı|dılar|mış|acak|ıyor)/u.test(next)) ||
        (w === "hazır" && /^bulun(du|dular|muş|acak|uyor)/u.test(next)) ||
        (w === "iştirak" && /^et(ti|tiler|miş|ecek)/u.test(next));
      if (!verb) continue;
      // The event: a project in the locative, else an event word in the locative, before the list.
      let event: MentionRec | undefined;
      let at = -1;
      for (let j = i - 1; j >= s.from && !event; j--) {
        const named = s
          .endingAt(j)
          .find((m) => m.type === "project" && m.case === "locative" && isEvent(s, m));
        if (named) [event, at] = [named, named.last];
        else if (LOCATIVE_WORD.test(s.word(j))) {
          const e = eventAt(s, j);
          if (e) [event, at] = [e, j];
        }
      }
      if (!event) continue;
      for (const p of listed(s, at, i))
        emit({
          type: "participates_in",
          source: p.entity,
          target: event.entity,
          triggers: [s.span(i, i + 1)],
        });
    }
  },
};

export const hosts: Rule = {
  name: "participates-ev-sahipligi",
  emits: ["participates_in", "held_in"],
  trigger: "ev sahipliğinde, ev sahipliği yapan/yaptı",
  frame:
    "HOST-genitive ev sahipliğinde ... EVENT; EVENT-dative ev sahipliği yap- (HOST subject or after 'yapan'): a person or body hosting takes part, a place holds it",
  example:
    "Caparovun ev sahipliğinde düzenlenen zirve başladı. (Caparov participates_in the summit named last)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (s.word(i) !== "ev" || !s.word(i + 1).startsWith("sahipliğ")) continue;
      const trigger: Span = s.span(i, i + 1);
      let host: MentionRec | undefined;
      let event: MentionRec | undefined;
      if (s.word(i + 1) === "sahipliğinde") {
        // "X'in ev sahipliğinde ... zirve": the event is named or spoken of after.
        host = s.endingAt(i - 1).find((m) => m.case === "genitive" && m.kind === "name");
        for (let j = i + 2; j < s.to && !event; j++) {
          event = s.startingAt(j).find((m) => isEvent(s, m)) ?? eventAt(s, j);
        }
      } else if (/^yap/u.test(s.word(i + 2))) {
        // "Foruma ev sahipliği yapan Bakan X", "Kazan, foruma ev sahipliği yaptı".
        const dative = i - 1;
        event =
          s.endingAt(dative).find((m) => isEvent(s, m) && m.case === "dative") ??
          (/(a|e|ya|ye)$/u.test(s.word(dative)) ? eventAt(s, dative) : undefined);
        host = /^yapan$/u.test(s.word(i + 2))
          ? participleSubject(s, i + 2)
          : s.mentions.find(
              (m) =>
                m.case === "nominative" &&
                m.last < i &&
                (PERSON.has(m.type) || BODY.has(m.type) || PLACE.has(m.type)) &&
                m.entity !== event?.entity,
            );
      }
      if (!host || !event || host.entity === event.entity) continue;
      if (PLACE.has(host.type))
        emit({ type: "held_in", source: event.entity, target: host.entity, triggers: [trigger] });
      else
        emit({
          type: "participates_in",
          source: host.entity,
          target: event.entity,
          triggers: [trigger],
        });
    }
  },
};

/** Speaking at an event: "konuştu", "konuşma yaptı", "hitap etti", "sunum yaptı". */
const SPEAK = /^(konuş(tu|tular|an|arak|acak|muş)|hitap|sunum|konuşma(sı|sını|da|sında)?)$/u;

export const speaks: Rule = {
  name: "participates-konustu",
  emits: ["participates_in"],
  trigger: "konuştu, konuşan, konuşma yaptı, hitap etti, sunum yaptı (at an event in the locative)",
  frame:
    "SUBJECT ... EVENT-locative konuş-; EVENT-locative konuşan PERSON; EVENT-genitive açılışında|oturumunda konuş-",
  example: "Ayşe Demir, KazanForumda konuştu. (Ayşe Demir participates_in KazanForum)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (!SPEAK.test(s.word(i))) continue;
      // The event in the locative, the nearest before the verb ("Forumda X ve Y birer konuşma
      // yaptı").
      let event: MentionRec | undefined;
      for (let j = i - 1; j >= Math.max(s.from, i - 10) && !event; j--) {
        event =
          s.endingAt(j).find((m) => isEvent(s, m) && m.case === "locative") ??
          (LOCATIVE_WORD.test(s.word(j)) ? eventAt(s, j) : undefined);
        // "KazanForum'un açılışında / oturumunda konuşan": a part of the event in the locative.
        if (!event && /^(açılışında|kapanışında|oturumunda|panelinde|töreninde)$/u.test(s.word(j)))
          event = s.endingAt(j - 1).find((m) => isEvent(s, m) && m.case === "genitive");
      }
      if (!event) continue;
      // "konuşan X", "konuşma yapan X", "hitap eden X": the participle's subject comes after.
      const participle =
        s.word(i) === "konuşan" ? i : /^(yapan|eden)$/u.test(s.word(i + 1)) ? i + 1 : -1;
      const speakers =
        participle >= 0
          ? [participleSubject(s, participle)].filter((m): m is MentionRec => m !== undefined)
          : s.mentions.filter((m) => PERSON.has(m.type) && m.case === "nominative" && m.last < i);
      const seen = new Set<string>();
      for (const p of speakers) {
        if (seen.has(p.entity) || p.entity === event.entity) continue;
        seen.add(p.entity);
        emit({
          type: "participates_in",
          source: p.entity,
          target: event.entity,
          triggers: [s.span(i)],
        });
      }
    }
  },
};

export const subjectAtEvent: Rule = {
  name: "participates-subject-at-event",
  emits: ["participates_in", "held_in"],
  trigger:
    "PERSON, EVENT-locative ...; PERSON, EVENT kapsamında/çerçevesinde/sırasında; EVENT kapsamında ... PERSON (opening the sentence)",
  frame:
    "PERSON(nominative), then within three words EVENT-locative|event word-locative|EVENT kapsamında: the subject is at the event",
  example:
    "Ayşe Demir, KazanForumda yaptığı konuşmada ticaretin arttığını söyledi. (Ayşe Demir participates_in KazanForum)",
  run(s, emit) {
    // "“Ankara Günleri” kapsamında Astana'da bulunan X, ...": an event the sentence opens with is
    // the frame of all it says; its subject is there.
    const opener = s.mentions.find((m) => isEvent(s, m) && m.first <= s.from + 1);
    if (
      opener &&
      /^(kapsamında|çerçevesinde|vesilesiyle|sırasında)$/u.test(s.word(opener.last + 1))
    ) {
      const subject = s.persons.find((m) => m.case === "nominative" && m.first > opener.last);
      if (subject) {
        emit({
          type: "participates_in",
          source: subject.entity,
          target: opener.entity,
          triggers: [s.span(opener.last + 1)],
        });
        // "... kapsamında Astana'da bulunan X": where they are for it is where it is held.
        const there = s.mentions.find(
          (m) =>
            PLACE.has(m.type) &&
            m.case === "locative" &&
            m.first > opener.last &&
            m.last < subject.first &&
            /^(bulunan|bulunduğu)$/u.test(s.word(m.last + 1)),
        );
        if (there)
          emit({
            type: "held_in",
            source: opener.entity,
            target: there.entity,
            triggers: [s.span(opener.last + 1), s.span(there.last + 1)],
          });
      }
    }
    for (const p of s.mentions) {
      if (!PERSON.has(p.type) || p.case !== "nominative") continue;
      // Only the sentence's subject: no other nominative person before it.
      if (
        s.mentions.some(
          (o) =>
            PERSON.has(o.type) &&
            o.case === "nominative" &&
            o.last < p.first &&
            o.entity !== p.entity,
        )
      )
        continue;
      for (let j = p.last + 1; j <= p.last + 3 && j < s.to; j++) {
        const named = s.startingAt(j).find((m) => isEvent(s, m));
        let event: MentionRec | undefined;
        let trigger = -1;
        if (named?.case === "locative") [event, trigger] = [named, named.last];
        else if (
          named &&
          /^(kapsamında|çerçevesinde|sırasında|marjında)$/u.test(s.word(named.last + 1))
        )
          [event, trigger] = [named, named.last + 1];
        else if (!named && LOCATIVE_WORD.test(s.word(j))) {
          const e = eventAt(s, j);
          if (e) [event, trigger] = [e, j];
        }
        if (!event) {
          if (named || s.startingAt(j).length > 0) break;
          continue;
        }
        if (event.entity !== p.entity)
          emit({
            type: "participates_in",
            source: p.entity,
            target: event.entity,
            triggers: [s.span(trigger)],
          });
        break;
      }
    }
  },
};

/** "üyesi", "üyelerinden", "kurucularından", "kurucu üyesi": membership of a body. */
const MEMBER = /^(üyesi|üyeleri|üyelerinden|üyesidir|kurucu|kurucusu|kurucularından|kurucusudur)$/u;

export const member: Rule = {
  name: "participates-member",
  emits: ["participates_in"],
  trigger: "üyesi, üyelerinden, kurucularından, (X'e) üye ülkeler",
  frame:
    "COUNTRY|COMPANY ... BODY(nominative|genitive) (kurucu) üyesi|kurucularından; BODY-dative üye ülkeler COUNTRY, COUNTRY ve COUNTRY",
  example:
    "Kazakistan, TDT'nin kurucu üyelerinden biri. (Kazakhstan participates_in the Organization of Turkic States)",
  run(s, emit) {
    for (const body of s.mentions) {
      if (body.type !== "organisation" || body.kind !== "name") continue;
      const w = s.word(body.last + 1);
      if (MEMBER.test(w) && (body.case === "nominative" || body.case === "genitive")) {
        // A member named before the body: the nearest country or company, else the subject's.
        const before = [...s.mentions]
          .reverse()
          .find(
            (m) =>
              m.last < body.first &&
              (PLACE.has(m.type) || m.type === "company") &&
              m.kind === "name" &&
              (m.case === "nominative" || m.case === "genitive"),
          );
        // "NATO üyesi Türkiye": the member right after.
        const after = s
          .startingAt(body.last + 2)
          .find((m) => PLACE.has(m.type) || m.type === "company");
        const who = after?.entity ?? before?.entity ?? s.subjectCountry;
        if (who && who !== body.entity)
          emit({
            type: "participates_in",
            source: who,
            target: body.entity,
            triggers: [s.span(body.last + 1)],
          });
        continue;
      }
      // "TDT'ye üye ülkeler Kazakistan, Azerbaycan ve Özbekistan": every country listed after.
      if (
        body.case === "dative" &&
        w === "üye" &&
        /^(ülke|devlet|olan)/u.test(s.word(body.last + 2))
      )
        for (const m of s.mentions)
          if (
            m.first > body.last + 2 &&
            PLACE.has(m.type) &&
            m.case === "nominative" &&
            m.kind === "name"
          )
            emit({
              type: "participates_in",
              source: m.entity,
              target: body.entity,
              triggers: [s.span(body.last + 1)],
            });
    }
  },
};

/** An event being held: "düzenlenen", "düzenlenecek", "gerçekleştirilen", "yapılan", "düzenlendi". */
const HELD =
  /^(düzenlen|gerçekleştiril|yapıl|organize)(en|ecek|di|miş|iyor|mekte|ir|an|acak|dı|ıyor)?$/u;
/** Whether an event other than `e` was named in this sentence or the 200 mentions before it. */
function anotherEvent(s: Parameters<Rule["run"]>[0], e: MentionRec): boolean {
  const other = (m: MentionRec) => isEvent(s, m) && m.entity !== e.entity;
  return s.projects.some(other) || s.ctx.earlier?.(other) !== undefined;
}

export const heldThere: Rule = {
  name: "held-in-locative-duzenlenen",
  emits: ["held_in"],
  trigger:
    "düzenlenen, düzenlenecek, gerçekleştirilen, yapılan, düzenlendi (after a place or venue in the locative)",
  frame:
    "PLACE|VENUE-locative (şehrinde) ((ABBR)) düzenlenen EVENT|event word; EVENT|event word ... PLACE-locative düzenlendi",
  example:
    "Ali Kaya, Gebele şehrinde düzenlenecek zirveye katılacak. (the summit named before held_in Gabala)",
  run(s, emit) {
    for (let i = s.from + 1; i < s.to; i++) {
      const w = s.word(i);
      if (!HELD.test(w) || (w === "organize" && !/^edil/u.test(s.word(i + 1)))) continue;
      const verb = w === "organize" ? i + 1 : i;
      // The place right before the verb: past a bracketed abbreviation ("Aksaray Üniversitesinde
      // (ASÜ)") and a classifier ("Gebele şehrinde").
      let k = i - 1;
      while (k > s.from && /\)\s*$/u.test(s.text.slice(s.tokens[k].end, s.tokens[k + 1].start))) {
        while (k > s.from && !s.text.slice(s.tokens[k - 1].end, s.tokens[k].start).includes("("))
          k--;
        k--;
      }
      let place = s
        .endingAt(k)
        .find(
          (m) =>
            m.kind === "name" &&
            m.case === "locative" &&
            (PLACE.has(m.type) || m.type === "organisation"),
        );
      if (!place && /^(şehri|kenti|ilçesi|bölgesi|eyaleti|ili)nde$/u.test(s.word(k)))
        place = s.endingAt(k - 1).find((m) => PLACE.has(m.type) && m.kind === "name");
      if (!place) continue;
      const participle = /(en|an|ecek|acak)$/u.test(s.word(verb));
      let event: MentionRec | undefined;
      if (participle) {
        // The event right after the participle, past an ordinal or an adjective or two.
        for (let j = verb + 1; j <= verb + 4 && j < s.to && !event; j++) {
          const named = s.startingAt(j).find((m) => isEvent(s, m));
          if (named) event = named;
          else if (s.startingAt(j).length > 0) break;
          else event = eventAt(s, j);
          // "organizasyona", "etkinliğe" stand for any event: not when two were named.
          if (event && /^(organizasyon|etkinli)/u.test(s.word(j)) && anotherEvent(s, event))
            event = undefined;
        }
      } else {
        // "Forum, Bakü Expo Merkezi'nde düzenlendi": the event is the sentence's subject.
        event = s.mentions.find(
          (m) => isEvent(s, m) && m.case === "nominative" && m.last < place.first,
        );
        for (let j = s.from; j < place.first && !event; j++) event = eventAt(s, j);
      }
      if (event && event.entity !== place.entity)
        emit({
          type: "held_in",
          source: event.entity,
          target: place.entity,
          triggers: [s.span(verb)],
        });
    }
  },
};

/** What one does to an event or a project by one's own hand: lay its foundation, open it, hold it. */
const BY_HAND =
  /^(temeli (atılan|atıldı|atılacak)|açılışı (yapılan|yapıldı|yapılacak)|açılan|açıldı|düzenlenen|düzenlendi|düzenlenecek|gerçekleştirilen|gerçekleştirildi|organize (edilen|edildi|edilecek))$/u;

/** The people and bodies joined by "ve" or commas that end at token `k`: "A, B ve C tarafından". */
function agentsEndingAt(s: Parameters<Rule["run"]>[0], k: number): MentionRec[] {
  const agents: MentionRec[] = [];
  for (;;) {
    const m = s
      .endingAt(k)
      .find((x) => (PERSON.has(x.type) || BODY.has(x.type)) && x.kind === "name");
    if (!m || m.case !== "nominative") break;
    agents.push(m);
    // Past the person's own title ("Rusya Devlet Başkanı Vladimir Putin").
    let before = m.first - 1;
    const title = s.endingAt(before).find((t) => t.kind === "title" && t.entity === m.entity);
    if (title) before = title.first - 1;
    if (s.word(before) === "ve") k = before - 1;
    else if (
      before >= s.from &&
      /^\s*,\s*$/u.test(s.text.slice(s.tokens[before].end, s.tokens[before + 1].start))
    )
      k = before;
    else break;
  }
  return agents;
}

export const byHand: Rule = {
  name: "participates-tarafindan",
  emits: ["participates_in"],
  trigger: "tarafından temeli atılan, açılan, açılışı yapılan, düzenlenen (and the finite verbs)",
  frame:
    "PERSON|BODY (ve PERSON|BODY) tarafından <by-hand participle> PROJECT; PROJECT ... AGENTS tarafından <by-hand verb>: the agents take part",
  example:
    "Erdoğan ve Putin tarafından temeli atılan Akkuyu Nükleer Santrali'nde tören düzenlendi. (both participate_in the plant)",
  run(s, emit) {
    for (let i = s.from + 1; i < s.to; i++) {
      if (s.word(i) !== "tarafından") continue;
      const agents = agentsEndingAt(s, i - 1);
      if (agents.length === 0) continue;
      const one = s.word(i + 1);
      const two = `${one} ${s.word(i + 2)}`;
      const end = BY_HAND.test(two) ? i + 2 : BY_HAND.test(one) ? i + 1 : -1;
      if (end < 0) continue;
      const participle = /(an|en|acak|ecek)$/u.test(s.word(end));
      const first = agents[agents.length - 1].first;
      const target = participle
        ? s.mentions.find((m) => m.type === "project" && m.first > end && m.first <= end + 3)
        : s.mentions.find(
            (m) =>
              m.type === "project" &&
              m.last < first &&
              (m.case === "nominative" || m.case === "genitive"),
          );
      if (!target) continue;
      for (const a of agents)
        emit({
          type: "participates_in",
          source: a.entity,
          target: target.entity,
          triggers: [s.span(i, end)],
        });
    }
  },
};

/** People an event brings from a country: "600 iş insanı", "genç şairler", "öğrenciler". */
const PEOPLE_NOUN =
  /^(iş(adam|insan)|insan|şair|öğrenci|sanatçı|temsilci|heyet|katılımcı|yatırımcı|uzman|delege|akademisyen|bilim|yazar|gazeteci|müzisyen|sporcu|girişimci|üretici|ihracatçı|firma|şirket)/u;
/** The people's part in the event: "katıldığı forum", "katılımıyla", "bir araya getirdi". */
const TAKE_PART = /^(katıldığı|katılacağı|katılan|katılımıyla|katılımı|katılımcı)/u;
const BRINGS = /^(buluşturdu|buluşturacak|buluşturan|ağırladı|ağırlayacak|topladı)$/u;

/**
 * The countries in a list before an ablative: "Türkiye, Kazakistan ve Azerbaycan'dan", the case
 * on the last one alone.
 */
function countryList(s: Parameters<Rule["run"]>[0], last: MentionRec): MentionRec[] {
  const list = [last];
  let cur = last;
  for (;;) {
    const prev = [...s.mentions].reverse().find((m) => m.last < cur.first && m.kind === "name");
    if (!prev || prev.type !== "country" || prev.case !== "nominative") break;
    const gap = s.text.slice(prev.end, cur.start);
    if (!/^\s*(,|ve|ile)?\s*$/u.test(gap) && !/^\s*,?\s*ve\s+$/u.test(gap)) break;
    list.unshift(prev);
    cur = prev;
  }
  return list;
}

export const peopleFrom: Rule = {
  name: "involves-countries-people-from",
  emits: ["involves"],
  trigger:
    "COUNTRY-ablative + people (iş insanı, şair, öğrenci ...) + katıldığı EVENT | EVENT ... bir araya getirdi",
  frame:
    "COUNTRY, COUNTRY ve COUNTRY-ablative N PEOPLE katıldığı|katılımıyla EVENT; EVENT(subject), COUNTRY ... -ablative PEOPLE bir araya getirdi|buluşturdu: the event involves each country",
  example:
    "Türkiye, Kazakistan ve Azerbaycan'dan 600 iş insanının katıldığı forum açıldı. (the forum involves the three)",
  run(s, emit) {
    for (const c of s.mentions) {
      if (c.type !== "country" || c.kind !== "name" || c.case !== "ablative") continue;
      // The people come right after: numbers and adjectives between, no other name.
      let people = -1;
      for (let k = c.last + 1; k <= c.last + 4 && k < s.to && people < 0; k++) {
        if (s.startingAt(k).length) break;
        if (PEOPLE_NOUN.test(s.word(k))) people = k;
      }
      if (people < 0) continue;
      if (/[,;.]/u.test(s.text.slice(c.end, s.tokens[people].start))) continue;
      let event: MentionRec | undefined;
      let trigger = -1;
      // "... iş insanının katıldığı forumda", "iş insanının katılımıyla gerçekleştirilen Forum".
      for (let k = people + 1; k <= people + 2 && !event; k++) {
        if (!TAKE_PART.test(s.word(k))) continue;
        trigger = k;
        for (let j = k + 1; j <= k + 3 && j < s.to && !event; j++)
          event =
            s.startingAt(j).find((m) => isEvent(s, m)) ??
            (s.startingAt(j).length === 0 ? eventAt(s, j) : undefined);
      }
      // "Festival, ... Kırgızistan'dan genç şairleri bir araya getirdi": the event as subject.
      if (!event) {
        const w1 = s.word(people + 1);
        const w2 = s.word(people + 2);
        const w3 = s.word(people + 3);
        const brings =
          BRINGS.test(w1) || (w1 === "bir" && w2 === "araya" && /^getir(di|ecek|en)/u.test(w3));
        if (!brings) continue;
        trigger = w1 === "bir" ? people + 3 : people + 1;
        event = s.mentions.find(
          (m) => isEvent(s, m) && m.case === "nominative" && m.last < c.first,
        );
      }
      if (!event || trigger < 0) continue;
      for (const country of countryList(s, c))
        emit({
          type: "involves",
          source: event.entity,
          target: country.entity,
          triggers: [{ start: c.start, end: c.end }, s.span(trigger)],
        });
    }
  },
};
