import {
  byHand,
  heldThere,
  hosts,
  member,
  peopleFrom,
  present,
  speaks,
  subjectAtEvent,
} from "./eventRules";
import {
  attends,
  beThere,
  bodyMeeting,
  branch,
  builtThere,
  callsOn,
  chairs,
  companyBuilds,
  delegation,
  hostedThere,
  metThere,
  nestedLocative,
  officeOfInstitution,
  regionCountry,
} from "./frameRules";
import type { Emitted, MentionRec, Rule, SentenceContext, Span } from "./ruleKit";
import {
  ACTOR,
  BODY,
  ETHNIC,
  CLASSIFIER_LOCATIVE,
  PARTICIPLE,
  PERSON,
  PLACE,
  Sentence,
  eventAt,
  isEvent,
  isFacility,
  isFacilityMention,
  negatedVerb,
  ownsTitle,
  participleSubject,
  plainGap,
  restatesPrevious,
  eventArgument,
  subjectsOfVerb,
  companionGroup,
  objectGroup,
  personGroup,
} from "./ruleKit";

// The relation rules: a table of named patterns, each reading one sentence at a time and emitting
// typed relations with the words that triggered them. Every rule has an example here and its own
// positive and look-alike negative sentences in tests/unit/extractRules.test.ts; `npm run eval`
// counts each rule's precision. A rule that cannot tell who is meant emits nothing rather than
// guessing. The order of the table is the order rules run in, which fixes the orientation of
// undirected relations found twice.

export type { DemonymRec, Emitted, MentionRec, Rule, SentenceContext, Span } from "./ruleKit";
export { countryOf, isFacility } from "./ruleKit";

/** The verb "görüş-" (meet, talk) in any form but the bare noun "görüş" (opinion). */
// "görüşme" is the noun ("görüşme gerçekleştirdi"), not the negated verb ("görüşmedi",
// "görüşmeyecek", "görüşmeyen"): a meeting that did not happen is no meeting.
const MET =
  /^görüş(?!me(di|y|z|miş|den|sin$))(tü|tüler|müş|müşler|ecek|ecekler|erek|en|ebilir|me|mek|üyor|ür)/u;
/** Talking a matter over together: "ele aldı", "değerlendirdi", "masaya yatırdı". */
const DISCUSSED =
  /^(ele (aldı|aldılar|alacak|alarak)|değerlendirdi|değerlendirdiler|değerlendirecek|masaya (yatırdı|yatıracak)|istişare (etti|ettiler))$/u;

/** The negated forms of "etmek" ("etmedi", "etmeyecek", "etmeyen", "edemedi", "etmiyor"). */
const NOT_DONE = /^(etme(di|y|z|miş|den|sin$)|etmi(yor|yecek)|edeme)/u;

const metWith: Rule = {
  name: "met-with-ile",
  emits: ["met_with"],
  trigger: "görüştü, görüşerek, görüşme gerçekleştirdi, bir araya geldi/gelerek/gelen",
  frame: "SUBJECT(person) ... X(person) ile|-(y)lA <verb>; PERSON (,) ve PERSON <verb>",
  example: "Tokayev, Rustam Minnikhanov ile görüştü. (Tokayev met_with Minnikhanov)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      const w = s.word(i);
      const discussed = DISCUSSED.test(`${w} ${s.word(i + 1)}`) || DISCUSSED.test(w);
      if (!(
        MET.test(w) ||
        (w === "bir" &&
          s.word(i + 1) === "araya" &&
          s.word(i + 2).startsWith("gel") &&
          !negatedVerb(s, i + 2)) ||
        discussed
      ))
        continue;
      const end = w === "bir" ? i + 2 : discussed && !DISCUSSED.test(w) ? i + 1 : i;
      // "Bakü'de bir araya gelen A ve B": the people the participle describes met.
      if (/^(gelen|görüşen)$/u.test(s.word(end))) {
        const people = s.persons.filter(
          (m) => m.first > end && m.first <= end + 8 && m.case === "nominative",
        );
        const joined =
          people.length > 1 &&
          s.tokens
            .slice(end + 1, people[1].first)
            .every((t) => /^\p{Lu}/u.test(t.text) || t.folded === "ve" || t.folded === "ile");
        const ids = joined ? [...new Set(people.map((m) => m.entity))] : [];
        for (let a = 0; a < ids.length; a++)
          for (let b = a + 1; b < ids.length; b++)
            emit({ type: "met_with", source: ids[a], target: ids[b], triggers: [s.span(i, end)] });
        if (joined) continue;
      }
      let partner = false;
      for (let j = i - 1; j >= s.from; j--) {
        // "X ile görüşen Büyükelçi, ... ele aldı": the partner before a participle of meeting is
        // that participle's, read when the loop reaches it.
        if (/^(görüşen|buluşan)$/u.test(s.word(j)) && j < i) break;
        // "X ile görüştü", "X'le görüştü": the partner is the person with "ile".
        // Not "X ile ilgili" (about X).
        if (/^(ilgili|ilgi|alakalı|ilişkin)/u.test(s.word(j + 1))) continue;
        const other =
          s.word(j) === "ile"
            ? s.endingAt(j - 1).find((m) => PERSON.has(m.type))
            : s.endingAt(j).find((m) => PERSON.has(m.type) && m.case === "instrumental");
        if (!other) continue;
        partner = true;
        // The subject: a person in the nominative before the verb ("Kamal'ın adını taşıyan ...
        // ziyaret eden Zorlu, ... Yusupova ile bir araya gelerek" is Zorlu's meeting).
        const before = (m: { entity: string; start: number }) =>
          m.entity !== other.entity && m.start < s.tokens[i].start;
        // "X ile görüşen Büyükelçi": a participle describes the one named after it, and no one
        // else; none named there, no meeting is given.
        const participle = /^(görüşen|gelen|buluşan)$/u.test(s.word(end));
        const described = participle ? participleSubject(s, end) : undefined;
        const subj = participle
          ? described && PERSON.has(described.type) && described.entity !== other.entity
            ? described
            : undefined
          : (s.persons.find((m) => before(m) && m.case === "nominative") ?? s.persons.find(before));
        const prev = s.ctx.previousSubject;
        const who = participle
          ? subj?.entity
          : (subj?.entity ?? (prev !== other.entity ? prev : undefined));
        if (who)
          emit({ type: "met_with", source: who, target: other.entity, triggers: [s.span(i, end)] });
        break;
      }
      if (partner) continue;
      // "X ve Y görüştü", "X, Y ve Z bir araya geldi": people joined as one subject met.
      const subjects = [
        ...new Set(
          s.persons.filter((m) => m.case === "nominative" && m.last < i).map((m) => m.entity),
        ),
      ];
      const joined = s.persons.filter((m) => m.case === "nominative" && m.last < i);
      const ve =
        joined.length > 1 &&
        s.tokens
          .slice(joined[0].last + 1, joined[joined.length - 1].first)
          .some((t) => t.folded === "ve");
      if (!ve) continue;
      // "A, B ve beraberindeki heyet ile birlikte C'yi ziyaret ederek görüştü": A and B came
      // together and met C, not each other.
      const together = new Set(companionGroup(s, joined[0]).map((m) => m.entity));
      for (let a = 0; a < subjects.length; a++)
        for (let b = a + 1; b < subjects.length; b++)
          if (!(together.has(subjects[a]) && together.has(subjects[b])))
            emit({
              type: "met_with",
              source: subjects[a],
              target: subjects[b],
              triggers: [s.span(i, end)],
            });
    }
  },
};

/** Words of time and manner between a place and a visit: "iki gün boyunca çeşitli". */
const TIME_WORD =
  /^(\p{N}+|bir|iki|üç|dört|beş|gün|günlük|gündür|hafta|boyunca|süresince|süreyle|çeşitli|resmi|resmî|önemli|yoğun|dizi|ikili|kapsamlı|bugün|dün)$/u;

const bulunanVisit: Rule = {
  name: "visited-bulunan",
  emits: ["visited", "located_in", "based_in"],
  trigger: "bulunan, bulunduğu, temaslarda bulunan/bulundu, merkezi ... bulunan",
  frame:
    "PLACE-locative (temaslarda|ziyarette) bulunan PERSON | SUBJECT ... PLACE-locative temaslarda bulundu (a visit); PLACE-locative bulunan THING (located there); merkezi PLACE-locative bulunan BODY (based there)",
  example: "Kazakistanda bulunan Rustam Minnikhanov geldi. (Minnikhanov visited Kazakhstan)",
  run(s, emit) {
    // A body's head office ("merkezi") in a place, the verb at `at`.
    const headOffice = (body: MentionRec, place: MentionRec, at: number) =>
      emit({
        type: "based_in",
        source: body.entity,
        target: place.entity,
        triggers: [s.span(place.first - 1), s.span(at)],
      });
    for (let i = s.from; i < s.to; i++) {
      const w = s.word(i);
      const finite = /^bulun(du|dular|acak|uyor|muş)/u.test(w);
      if (w !== "bulunan" && w !== "bulunduğu" && !finite) continue;
      // "Kazakistanda bulunan", "Kazakistanda temaslarda bulunan".
      const activity = /^(temas|ziyaret|incele|görüşme|çalışma|program)\p{L}*(da|de|ta|te)$/u.test(
        s.word(i - 1),
      );
      // "Kazakistan'da çeşitli / resmi / bir dizi temaslarda bulunacak": a word between.
      const between =
        activity &&
        /^(çeşitli|resmi|resmî|önemli|yoğun|bir|dizi|ikili|kapsamlı)$/u.test(s.word(i - 2))
          ? s.word(i - 3) === "bir"
            ? 2
            : 1
          : 0;
      // "X, Semerkant'ta incelemelerde bulundu", "X, resmi ziyaret için Kazakistan'da bulunuyor":
      // only an activity or a visit in the sentence makes "bulundu" a visit.
      // "Arçelik'in (genel) merkezi İstanbul'da bulunuyor": a body's head office.
      const office = s.endingAt(i - 1).find((m) => PLACE.has(m.type) && m.case === "locative");
      if (finite && office && /^(merkezi|merkezleri)$/u.test(s.word(office.first - 1))) {
        const k = s.word(office.first - 2) === "genel" ? office.first - 3 : office.first - 2;
        const body = s.endingAt(k).find((m) => BODY.has(m.type) && m.case === "genitive");
        if (body) headOffice(body, office, i);
        continue;
      }
      const visit = s.tokens.slice(s.from, s.to).some((t) => /^(ziyaret|temas)/u.test(t.folded));
      if (finite && !activity && !visit) continue;
      // "Manisa'da iki gün boyunca çeşitli ziyaretlerde bulunan": a few plain words of time may
      // stand between the place and the activity.
      const locativeAt = (k: number) =>
        s.endingAt(k).find((m) => PLACE.has(m.type) && m.case === "locative");
      let place = locativeAt(activity ? i - 2 - between : i - 1);
      for (let k = i - 3 - between; activity && !place && k >= i - 7 && k >= s.from; k--) {
        const w = s.word(k + 1);
        if (s.startingAt(k + 1).length || !/^(\p{Ll}+|\p{N}+)$/u.test(w) || !TIME_WORD.test(w))
          break;
        place = locativeAt(k);
      }
      if (!place) continue;
      if (finite) {
        const visitor = s.subject;
        if (visitor)
          emit({
            type: "visited",
            source: visitor,
            target: place.entity,
            triggers: [s.span(i - 1, i)],
          });
        continue;
      }
      // "Merkezi İstanbul'da bulunan Koç Holding": its head office is there.
      if (/^(merkezi|merkezleri)$/u.test(s.word(place.first - 1))) {
        const body = s.after(i, (m) => BODY.has(m.type) && m.first <= i + 4);
        if (body) headOffice(body, place, i);
        continue;
      }
      const person = s.after(i, (m) => PERSON.has(m.type) && m.first <= i + 6);
      if (person) {
        // "... bulunan A ve yardımcısı B": everyone the participle describes.
        const visitors = personGroup(s, person);
        const triggers: Span[] = [];
        for (let j = s.from; j < i; j++) {
          if (!s.word(j).startsWith("ziyaret")) continue;
          const k = ["çalışma", "resmi", "resmî", "devlet", "kısa"].includes(s.word(j - 1))
            ? j - 1
            : j;
          triggers.push(s.span(k, j));
        }
        triggers.push(s.span(i));
        for (const v of visitors)
          emit({ type: "visited", source: v.entity, target: place.entity, triggers });
      } else {
        const thing = s.after(
          i,
          (m) => !PERSON.has(m.type) && m.entity !== place.entity && m.first <= i + 4,
        );
        if (thing)
          emit({
            type: "located_in",
            source: thing.entity,
            target: place.entity,
            triggers: [s.span(i)],
          });
      }
    }
  },
};

const classifierLocative: Rule = {
  name: "located-classifier-locative",
  emits: ["located_in", "held_in"],
  trigger: "şehrinde, bölgesinde, kentinde, ilçesinde ...",
  frame: "PLACE <classifier>-nde ... PROJECT|COMPANY",
  example: "Saran şehrinde bir lastik üretim fabrikası kuruluyor. (factory located_in Saran)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (!CLASSIFIER_LOCATIVE.test(s.word(i))) continue;
      const place = s.endingAt(i - 1).find((m) => PLACE.has(m.type));
      const thing = place && s.after(i, (m) => m.type === "project" || m.type === "company");
      if (place && thing)
        emit({
          // "Gebele şehrinde düzenlenecek Zirve": an event is held there.
          type: thing.type === "project" && isEvent(s, thing) ? "held_in" : "located_in",
          source: thing.entity,
          target: place.entity,
          triggers: [s.span(i)],
        });
    }
  },
};

const namedAfter: Rule = {
  name: "commemorated-name-given",
  emits: ["commemorated_in"],
  trigger: "ismini ver-, adını ver-, adını taşıyan",
  frame: "PERSON-genitive ismini/adını ver- ... FACILITY; PERSON-genitive adını taşıyan X",
  example:
    "Sokaklarından birine Gabdulla Tukainin ismini verme kararı. (Tukai commemorated_in the street)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      const w = s.word(i);
      if (w !== "ismini" && w !== "adını") continue;
      const person = s.endingAt(i - 1).find((m) => PERSON.has(m.type));
      if (!person) continue;
      const verb = s.word(i + 1);
      // "Kamal'ın adını taşıyan Tatar Akademik Tiyatrosu": what bears the name follows.
      const named = verb.startsWith("ver")
        ? s.projects.find((m) => isFacility(s.text.slice(m.start, m.end)))
        : /^taşı(yan|yacak|dığı)$/u.test(verb)
          ? s.startingAt(i + 2).find((m) => !PERSON.has(m.type) && m.kind === "name")
          : undefined;
      if (named)
        emit({
          type: "commemorated_in",
          source: person.entity,
          target: named.entity,
          triggers: [s.span(i, i + 1)],
        });
    }
  },
};

const cites: Rule = {
  name: "cites-atifta-bulunan",
  emits: ["cites"],
  trigger: "atıfta bulunan",
  frame: "CITED-dative atıfta bulunan CITING",
  example: "MIA Kazinforma atıfta bulunan GBNewse göre ... (GBNews cites Kazinform)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (!(s.word(i) === "atıfta" && s.word(i + 1) === "bulunan")) continue;
      const cited = s.endingAt(i - 1)[0];
      const citing = s.startingAt(i + 2)[0];
      if (cited && citing && cited.entity !== citing.entity)
        emit({
          type: "cites",
          source: citing.entity,
          target: cited.entity,
          triggers: [s.span(i, i + 1)],
        });
    }
  },
};

const market: Rule = {
  name: "operates-market",
  emits: ["operates_in"],
  trigger: "pazarımızda ... varlığı; X pazarında; Özbek pazarına; X'te faaliyet göster-",
  frame: "(our|PLACE|people adjective) pazar- ... COMPANY; PLACE faaliyet göster- ... COMPANY",
  example:
    "Pazarımızda Tatneftin ve KAMAZın varlığı önemli, dedi Tokayev. (Tatneft, KAMAZ operates_in Kazakhstan)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      const w = s.word(i);
      if (!(/^pazar/u.test(w) || (/^faaliyet/u.test(w) && s.word(i + 1).startsWith("göster"))))
        continue;
      let target: string | undefined;
      const people = s.word(i - 1);
      if (/^pazar(ımız|ımızd|ımızı)/u.test(w)) target = s.subjectCountry;
      else if (/^pazar/u.test(w) && Object.hasOwn(ETHNIC, people))
        // "Özbek pazarına": the market of the Uzbeks.
        target = s.ctx.gazetteer.entries.has(ETHNIC[people]) ? ETHNIC[people] : undefined;
      else target = s.endingAt(i - 1).find((m) => PLACE.has(m.type))?.entity;
      if (!target) continue;
      const triggers = [s.span(i)];
      for (let j = i + 1; j < s.to; j++)
        if (s.word(j).startsWith("varlığ")) triggers.push(s.span(j));
      for (const c of s.mentions.filter((m) => m.type === "company"))
        emit({ type: "operates_in", source: c.entity, target, triggers });
    }
  },
};

const partner: Rule = {
  name: "cooperates-partner-olan",
  emits: ["cooperates_with"],
  trigger: "ortağımız olan",
  frame: "SUBJECT(person of country C) ... ortağ- olan X: C cooperates with X",
  example:
    "Tokayev, ana ortağımız olan Rusya Federasyonu dedi. (Kazakhstan cooperates_with Russia)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (!(/^ortağ/u.test(s.word(i)) && s.word(i + 1) === "olan")) continue;
      const other = s.startingAt(i + 2).find((m) => ACTOR.has(m.type));
      if (!other || !s.subjectCountry || other.entity === s.subjectCountry) continue;
      const k = ["ana", "stratejik", "önemli", "yakın", "büyük"].includes(s.word(i - 1))
        ? i - 1
        : i;
      emit({
        type: "cooperates_with",
        source: s.subjectCountry,
        target: other.entity,
        triggers: [s.span(k, i)],
      });
    }
  },
};

/** Words for a tie between two countries or bodies other than "iş birliği". */
const TIE = /^(ilişki|dostlu|kardeşli|ortaklı|müttefikli)/u;

/** The token index that ends "iş birliği"/"işbirliği" starting at `j`, or -1. */
function cooperationAt(s: Sentence, j: number): number {
  if (s.word(j) === "iş" && s.word(j + 1).startsWith("birliğ")) return j + 1;
  if (s.word(j).startsWith("işbirliğ")) return j;
  return -1;
}

const ileCooperation: Rule = {
  name: "cooperates-ile-is-birligi",
  emits: ["cooperates_with"],
  trigger: "ile (... alanında) iş birliği",
  frame:
    "SUBJECT(person of country C | ACTOR C) ... X ile (up to 3 words) iş birliği: C cooperates with X",
  example: "Tokayev, Tataristan ile iş birliğini övdü. (Kazakhstan cooperates_with Tatarstan)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (s.word(i) !== "ile") continue;
      const x = s.endingAt(i - 1)[0];
      if (!x || !ACTOR.has(x.type)) continue;
      // "ile iş birliği", "ile enerji alanında iş birliği": a few words of field in between.
      let isb = -1;
      for (let k = i + 1; k <= i + 4 && k < s.to && isb < 0; k++) {
        isb = cooperationAt(s, k);
        if (isb < 0 && (s.startingAt(k).length > 0 || /^\p{Lu}/u.test(s.tokens[k].text))) break;
      }
      if (isb < 0) continue;
      // "ile iş birliği yapmayacak", "yapmadı": no cooperation is stated.
      if (negatedVerb(s, isb + 1) || negatedVerb(s, isb + 2)) continue;
      // The subject's country, or a country or body that is itself the subject.
      // A body that only owns the subject's title ("PANKOBİRLİK Genel Başkanı Recep Konuk") is
      // not the subject; a person subject whose country is unknown gives nothing.
      const personSubject = s.persons.some((m) => m.case === "nominative" && m.last < x.first);
      const subject =
        s.subjectCountry ??
        (personSubject
          ? undefined
          : s.mentions.find(
              (m) =>
                ACTOR.has(m.type) &&
                m.case === "nominative" &&
                m.last < x.first &&
                m.kind === "name" &&
                !ownsTitle(s, m),
            )?.entity);
      if (!subject || subject === x.entity) continue;
      emit({
        type: "cooperates_with",
        source: subject,
        target: x.entity,
        triggers: [s.span(isb - (s.word(isb).startsWith("birliğ") ? 1 : 0), isb)],
      });
    }
  },
};

const contacts: Rule = {
  name: "cooperates-ile-temas",
  emits: ["cooperates_with"],
  trigger: "ile (olan) temasları, ilişkileri",
  frame: "SUBJECT|previous subject ... PERSON ile (olan) temas-/ilişki-",
  example: "Şaimiev, Nazarbayev ile olan temaslarını anlattı. (Şaimiev cooperates_with Nazarbayev)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (s.word(i) !== "ile") continue;
      const x = s.endingAt(i - 1)[0];
      if (!x || !PERSON.has(x.type)) continue;
      const contact = s.word(i + 1) === "olan" ? i + 2 : i + 1;
      if (!/^(temas|ilişki)/u.test(s.word(contact))) continue;
      const other = s.persons.find((m) => m.entity !== x.entity)?.entity ?? s.ctx.previousSubject;
      if (other && other !== x.entity)
        emit({
          type: "cooperates_with",
          source: other,
          target: x.entity,
          triggers: [s.span(contact)],
        });
    }
  },
};

const betweenCooperation: Rule = {
  name: "cooperates-arasinda-is-birligi",
  emits: ["cooperates_with", "involves"],
  trigger: "X ile Y arasındaki ... iş birliği",
  frame: "X ile Y arasında- ... (PROJECT involves X, Y) ... iş birliği (X cooperates with Y)",
  example:
    "Kazakistan ile Tataristan arasındaki iş birliğini değerlendirdiler. (Kazakhstan cooperates_with Tatarstan)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (s.word(i) !== "ile" && s.word(i) !== "ve") continue;
      const x = s.endingAt(i - 1)[0];
      const y = s.startingAt(i + 1)[0];
      if (!x || !y || y.entity === x.entity || !s.word(y.last + 1).startsWith("arasında")) continue;
      const between = s.span(y.last + 1);
      for (const p of s.projects) {
        if (p.first <= y.last) continue;
        if (ACTOR.has(x.type))
          emit({ type: "involves", source: p.entity, target: x.entity, triggers: [between] });
        if (ACTOR.has(y.type))
          emit({ type: "involves", source: p.entity, target: y.entity, triggers: [between] });
      }
      for (let j = y.last + 1; j < s.to; j++) {
        // "arasındaki ilişkiler", "arasındaki dostluk ve kardeşlik": ties named right after.
        const tie = j <= y.last + 4 && TIE.test(s.word(j));
        const coop = tie ? j : cooperationAt(s, j);
        // "iş birliği anlaşması" is an agreement (agreement-arasinda-anlasma), not more.
        if (coop > 0 && /^(anlaşma|mutabakat|protokol)/u.test(s.word(coop + 1))) break;
        if (coop > 0 && ACTOR.has(x.type) && ACTOR.has(y.type)) {
          emit({
            type: "cooperates_with",
            source: x.entity,
            target: y.entity,
            triggers: [s.span(j, coop)],
          });
          break;
        }
      }
    }
  },
};

const genitiveTie: Rule = {
  name: "cooperates-ile-genitive",
  emits: ["cooperates_with"],
  trigger: "X ile Y'nin iş birliği, ilişkileri, dostluğu, kardeşliği, ortaklığı",
  frame: "ACTOR ile ACTOR-genitive (up to 3 words) iş birliği|ilişki|dostluk|kardeşlik|ortaklık",
  example:
    "Türkiye ile Azerbaycanın dostluk ve kardeşliği sürüyor. (Turkey cooperates_with Azerbaijan)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (s.word(i) !== "ile" && s.word(i) !== "ve") continue;
      const x = s.endingAt(i - 1).find((m) => ACTOR.has(m.type) && m.case === "nominative");
      const y = s
        .startingAt(i + 1)
        .find((m) => ACTOR.has(m.type) && m.case === "genitive" && m.entity !== x?.entity);
      if (!x || !y) continue;
      for (let j = y.last + 1; j <= y.last + 4 && j < s.to; j++) {
        const coop = TIE.test(s.word(j)) ? j : cooperationAt(s, j);
        if (coop < 0) {
          // Only adjectives and "ve" in between: "ekonomik ve ticari ilişkileri".
          if (!/^(ve|(\p{L}*(ik|ık|uk|ük|al|el|i|ı)))$/u.test(s.word(j))) break;
          continue;
        }
        emit({
          type: "cooperates_with",
          source: x.entity,
          target: y.entity,
          triggers: [s.span(j, coop)],
        });
        break;
      }
    }
  },
};

const jointSubject: Rule = {
  name: "cooperates-joint-subject",
  emits: ["cooperates_with", "agreement_with"],
  trigger: "X ve Y, ... iş birliği|ortaklık ...; X ve Y ... anlaşma imzaladı",
  frame:
    "ACTOR ve ACTOR | ACTOR ile ACTOR, (nominative, the subject) ... (up to 8 words) iş birliği|ortaklık|anlaşma",
  example:
    "Türkiye ve Kazakistan, enerjide iş birliğini güçlendirecek. (Turkey cooperates_with Kazakhstan)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      // "X ve Y", or "X ile Y," followed by a comma: the pair as the subject.
      const ile = s.word(i) === "ile";
      if (s.word(i) !== "ve" && !ile) continue;
      const x = s
        .endingAt(i - 1)
        .find((m) => ACTOR.has(m.type) && m.case === "nominative" && m.kind === "name");
      const y = s
        .startingAt(i + 1)
        .find(
          (m) =>
            ACTOR.has(m.type) &&
            m.case === "nominative" &&
            m.kind === "name" &&
            m.entity !== x?.entity,
        );
      // The pair is the subject: a comma or the predicate follows, not "arasında" or a noun.
      if (!x || !y || s.word(y.last + 1).startsWith("arasında")) continue;
      if (ile && !/^\s*,/u.test(s.text.slice(y.end, y.end + 3))) continue;
      for (let j = y.last + 1; j <= y.last + 8 && j < s.to; j++) {
        if (s.startingAt(j).some((m) => ACTOR.has(m.type))) break;
        if (s.word(j).startsWith("anlaşma") && /^(imzala|yap)/u.test(s.word(j + 1))) {
          emit({
            type: "agreement_with",
            source: x.entity,
            target: y.entity,
            triggers: [s.span(j, j + 1)],
          });
          break;
        }
        const coop = /^(ortaklı|ilişkileri)/u.test(s.word(j)) ? j : cooperationAt(s, j);
        if (coop < 0) continue;
        if (/^(anlaşma|mutabakat|protokol)/u.test(s.word(coop + 1))) continue;
        // "X ve Y iş birliğinde düzenlenen forum": how an event was organised, not a tie.
        if (/(nde|nda|yle|yla)$/u.test(s.word(coop))) break;
        emit({
          type: "cooperates_with",
          source: x.entity,
          target: y.entity,
          triggers: [s.span(j, coop)],
        });
        break;
      }
    }
  },
};

const genitiveOwnerBody: Rule = {
  name: "based-in-genitive-owner",
  emits: ["based_in"],
  trigger: "a place in the genitive right before a body",
  frame: "PLACE-genitive ORGANISATION|COMPANY",
  example: "Tataristanın Ticaret ve Sanayi Odası heyet gönderdi. (the chamber based_in Tatarstan)",
  run(s, emit) {
    for (const p of s.mentions) {
      if (!PLACE.has(p.type) || p.case !== "genitive" || p.kind !== "name") continue;
      // "Tataristan'ın Ticaret Odası", not "Kazan'ın Arçelik ile ilişkisi" or "Arçelik'e desteği".
      const body = s
        .startingAt(p.last + 1)
        .find(
          (m) =>
            BODY.has(m.type) &&
            m.kind === "name" &&
            !["dative", "ablative", "instrumental"].includes(m.case) &&
            !/^(ile|ve|arasında|arasındaki)$/u.test(s.word(m.last + 1)),
        );
      if (body && body.entity !== p.entity && plainGap(s.text, p.end, body.start))
        emit({
          type: "based_in",
          source: body.entity,
          target: p.entity,
          triggers: [{ start: p.start, end: p.end }],
        });
    }
  },
};

/** "teşkilatının" is "teşkilatı" in the genitive, "birliğinin" "birliği", "konseyin" "konsey". */
function isGenitiveOf(word: string, base: string): boolean {
  const stem = word.startsWith(base) ? base : base.replace(/k$/u, "ğ");
  return word.startsWith(stem) && /^n?[ıiuü]n$/u.test(word.slice(stem.length));
}

const eventOfBody: Rule = {
  name: "involves-body-in-event-name",
  emits: ["involves"],
  trigger: "an organisation's name at the start of an event's name",
  frame: "PROJECT = ORGANISATION ... Zirvesi|Forumu|Toplantısı",
  example:
    "Türk Devletleri Teşkilatı Zirvesi başladı. (the summit involves the Organization of Turkic States)",
  run(s, emit) {
    for (const p of s.projects) {
      if (p.kind !== "name" || p.last === p.first) continue;
      const words = s.tokens.slice(p.first, p.last + 1).map((t) => t.folded);
      // "Ankara Günleri", "Kazak Kültür Haftası": the days or week of a place are about it.
      const daysOf = /^(günleri|haftası|günlerin|haftasın)/u.test(words[words.length - 1] ?? "");
      for (const alias of s.ctx.gazetteer.aliasesByFirstWord.get(words[0]) ?? []) {
        if (alias.entity === p.entity || alias.words.length >= words.length) continue;
        const type = s.ctx.gazetteer.entries.get(alias.entity)?.type;
        if (type !== "organisation" && !(daysOf && (type === "place" || type === "country")))
          continue;
        // "Türk Devletleri Teşkilatının 12. Zirvesi": the body's last word may carry the genitive.
        const last = alias.words.length - 1;
        if (
          !alias.words.every((w, k) => w === words[k] || (k === last && isGenitiveOf(words[k], w)))
        )
          continue;
        emit({
          type: "involves",
          source: p.entity,
          target: alias.entity,
          triggers: [s.span(p.first, p.first + alias.words.length - 1)],
        });
        break;
      }
    }
  },
};

const dashRelations: Rule = {
  name: "cooperates-dash-iliskileri",
  emits: ["cooperates_with"],
  trigger: "A-B ilişkileri",
  frame: "ACTOR-ACTOR ilişki-",
  example: "Rusya-Kazakistan ilişkileri gelişiyor. (Russia cooperates_with Kazakhstan)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (!/^ilişki/u.test(s.word(i))) continue;
      // "Türkiye-Azerbaycan arasındaki (ekonomik) ilişkiler": "arasındaki" and up to two
      // adjectives may stand between the pair and the word.
      let k = i - 1;
      while (
        k > i - 3 &&
        /^(ekonomik|ticari|siyasi|diplomatik|ikili|kültürel|stratejik|ve)$/u.test(s.word(k))
      )
        k--;
      if (/^arasında(ki)?$/u.test(s.word(k))) k--;
      const b = s.endingAt(k).find((m) => ACTOR.has(m.type));
      const a = b && s.endingAt(b.first - 1).find((m) => ACTOR.has(m.type));
      if (
        a &&
        b &&
        a.entity !== b.entity &&
        /^\s*[-\u2010-\u2013]\s*$/u.test(s.text.slice(a.end, b.start))
      )
        emit({
          type: "cooperates_with",
          source: a.entity,
          target: b.entity,
          triggers: [s.span(k + 1, i)],
        });
    }
  },
};

const geldigi: Rule = {
  name: "visited-geldigi",
  emits: ["visited"],
  trigger: "geldiği",
  frame: "SUBJECT ... geldiği PLACE-locative|dative",
  example:
    "Aliyev, resmi bir ziyaret için geldiği Ankarada Erdoğan ile görüştü. (Aliyev visited Ankara)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (!/^geldiğ/u.test(s.word(i))) continue;
      const place = s
        .startingAt(i + 1)
        .find((m) => PLACE.has(m.type) && (m.case === "locative" || m.case === "dative"));
      if (place && s.subject)
        emit({ type: "visited", source: s.subject, target: place.entity, triggers: [s.span(i)] });
    }
  },
};

const builds: Rule = {
  name: "builds-insa-kur",
  emits: ["builds"],
  trigger: "inşa edeceği/ettiği/edilen, kuracağı, kurduğu",
  frame: "COMPANY|PERSON-genitive ... inşa edeceği|kuracağı|kurduğu ... PROJECT",
  example:
    "BOTAŞ ile SOCARın birlikte inşa edeceği Iğdır-Nahçıvan Doğal Gaz Boru Hattı. (BOTAŞ, SOCAR builds it)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      const w = s.word(i);
      const insa = w === "inşa" && /^(edeceğ|ettiğ|edilen|edilecek)/u.test(s.word(i + 1));
      if (!insa && !/^kuracağ|^kurduğ/u.test(w)) continue;
      const built = s.after(i, (m) => m.type === "project");
      if (!built) continue;
      // The participle's subject in the genitive, a person too: "Ali Kaya'nın kurduğu fabrika".
      const subject = [...s.mentions]
        .reverse()
        .find(
          (m) =>
            m.last < i &&
            m.last >= i - 4 &&
            m.case === "genitive" &&
            m.kind === "name" &&
            PERSON.has(m.type),
        );
      const builders = s.mentions.filter(
        (m) => (m.type === "company" && m.end <= s.tokens[i].start) || m === subject,
      );
      for (const b of builders)
        emit({
          type: "builds",
          source: b.entity,
          target: built.entity,
          triggers: [s.span(i, insa ? i + 1 : i)],
        });
    }
  },
};

/** An agreement, memorandum, protocol or contract. */
const AGREEMENT = /^(anlaşma|mutabakat|protokol|memorandum|sözleşme)/u;

const signsWith: Rule = {
  name: "agreement-ile-imzaladi",
  emits: ["agreement_with"],
  trigger: "X ile (... ) anlaşma imzaladı / imzalayan",
  frame:
    "ACTOR(nominative subject) ... ACTOR (hükümeti|yönetimi)? ile|-(y)lA (up to 4 words) anlaşma|mutabakat ... imzala-",
  example:
    "Arçelik, Kazakistan hükümeti ile yatırım anlaşması imzaladı. (Arçelik agreement_with Kazakhstan)",
  run(s, emit) {
    for (let i = s.from + 1; i < s.to; i++) {
      if (!/^imzala(dı|dılar|yacak|yacaklar|mış|yan|dığı|yarak)/u.test(s.word(i))) continue;
      if (negatedVerb(s, i)) continue;
      // The agreement word right before the verb, past a number or two.
      let a = i - 1;
      while (a > i - 3 && !AGREEMENT.test(s.word(a))) a--;
      if (!AGREEMENT.test(s.word(a))) continue;
      // The partner: "X ile", "X'le", "X hükümeti ile" within four words before the agreement.
      let partner: MentionRec | undefined;
      for (let k = a - 1; k >= a - 5 && k > s.from && !partner; k--) {
        const w = s.word(k);
        if (w === "ile") {
          const back = /^(hükümeti|yönetimi|tarafı)$/u.test(s.word(k - 1)) ? k - 2 : k - 1;
          partner = s.endingAt(back).find((m) => ACTOR.has(m.type));
        } else partner = s.endingAt(k).find((m) => ACTOR.has(m.type) && m.case === "instrumental");
        if (!partner && s.startingAt(k).length > 0) break;
      }
      if (!partner) continue;
      const subject = s.mentions.find(
        (m) =>
          ACTOR.has(m.type) &&
          m.case === "nominative" &&
          m.kind === "name" &&
          m.last < partner!.first &&
          m.entity !== partner!.entity,
      );
      if (subject)
        emit({
          type: "agreement_with",
          source: subject.entity,
          target: partner.entity,
          triggers: [s.span(a), s.span(i)],
        });
    }
  },
};

const agreement: Rule = {
  name: "agreement-arasinda-anlasma",
  emits: ["agreement_with"],
  trigger: "X ile Y arasında ... anlaşma",
  frame: "ACTOR ile ACTOR arasında ... anlaşma",
  example:
    "Türkiye ile Azerbaycan arasında bir anlaşma imzalandı. (Turkey agreement_with Azerbaijan)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (s.word(i) !== "ile" && s.word(i) !== "ve") continue;
      const x = s.endingAt(i - 1).find((m) => ACTOR.has(m.type));
      const y = x && s.startingAt(i + 1).find((m) => ACTOR.has(m.type) && m.entity !== x.entity);
      if (!x || !y || !s.word(y.last + 1).startsWith("arasında")) continue;
      for (let j = y.last + 2; j < s.to; j++) {
        if (AGREEMENT.test(s.word(j))) {
          // "anlaşma imzalanmadı", "anlaşmaya varamadı": no agreement was made.
          if ([1, 2, 3].some((d) => negatedVerb(s, j + d))) break;
          emit({
            type: "agreement_with",
            source: x.entity,
            target: y.entity,
            triggers: [s.span(j)],
          });
          break;
        }
      }
    }
  },
};

const investmentThere: Rule = {
  name: "operates-deki-yatirim",
  emits: ["operates_in"],
  trigger: "yatırım",
  frame: "PLACE-deki ... yatırım- (every company of the sentence operates there)",
  example: "SOCAR, Azerbaycanın Türkiyedeki en büyük yatırımı. (SOCAR operates_in Turkey)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (!/^yatırım/u.test(s.word(i))) continue;
      const there = s.mentions.find(
        (m) => PLACE.has(m.type) && m.case === "relative" && m.last < i && m.last >= i - 4,
      );
      if (!there) continue;
      for (const c of s.mentions.filter((m) => m.type === "company"))
        emit({
          type: "operates_in",
          source: c.entity,
          target: there.entity,
          triggers: [s.span(i)],
        });
    }
  },
};

const uzanan: Rule = {
  name: "located-uzan",
  emits: ["located_in"],
  trigger: "uzanacak, uzanan",
  frame: "PLACE-ablative ... PLACE-dative uzan- (the line of the sentence, or the last one named)",
  example:
    "Hat, Iğdırdan başlayarak Nahçıvana uzanacak. (the pipeline located_in Iğdır and Nahçıvan)",
  run(s, emit) {
    if (!s.ctx.earlier) return;
    for (let i = s.from; i < s.to; i++) {
      if (!/^uzan/u.test(s.word(i))) continue;
      const line = s.projects[0] ?? s.ctx.earlier((m) => m.type === "project");
      if (!line) continue;
      for (const m of s.mentions) {
        if (PLACE.has(m.type) && (m.case === "ablative" || m.case === "dative") && m.last < i)
          emit({
            type: "located_in",
            source: line.entity,
            target: m.entity,
            triggers: [s.span(i)],
          });
      }
    }
  },
};

/** "şubesinin açılış törenine", "fabrikanın temel atma töreni": a ceremony of a thing named here. */
function ceremonyOfSomething(s: Sentence, j: number): boolean {
  for (let k = j - 1; k >= Math.max(s.from, j - 3); k--) {
    const w = s.word(k);
    if (/^(açılış|temel|atma|atılış|imza|anma|karşılama)$/u.test(w)) continue;
    return /(nın|nin|nun|nün|ın|in|un|ün)$/u.test(w) || s.endingAt(k).length > 0;
  }
  return false;
}

/** Words for a body's people: "Bakanlığı yetkilileri", "kurumlarının temsilcileri". */
const ITS_PEOPLE = /^(yetkili|temsilci|yönetici|çalışan|heyet|mensup|üyeler)/u;

/**
 * Whether a body's mention only qualifies the people who act: "Ekonomi Bakanlığı ve Tataristan
 * hükümet yetkilileri katıldı" (the officials took part, not the ministry). Looks up to four
 * words ahead, within the same item of a list (no comma or semicolon in between).
 */
function namesItsPeople(s: Sentence, m: MentionRec): boolean {
  for (let k = m.last + 1; k < s.to && k <= m.last + 4; k++) {
    if (/[,;:]/u.test(s.text.slice(s.tokens[k - 1].end, s.tokens[k].start))) return false;
    if (ITS_PEOPLE.test(s.word(k))) return true;
  }
  return false;
}

const katildi: Rule = {
  name: "participates-katildi",
  emits: ["participates_in"],
  trigger: "katıldı, katılacak, başkanlık etti",
  frame: "SUBJECT(s) ... EVENT|BODY-dative katıl-; 'foruma katıldı' = the forum named last",
  example: "Mehmet Muş, Türkiye-Azerbaycan İş Forumuna katıldı. (Muş participates_in the forum)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (!/^(katıl(dı|acak|mış|ıyor)|başkanlık)/u.test(s.word(i))) continue;
      // "X'in başkanlık ettiği toplantı": a participle, read by participates-baskanlik-ettigi.
      if (s.word(i) === "başkanlık" && /^(ettiği|yaptığı|edeceği|yapacağı)$/u.test(s.word(i + 1)))
        continue;
      let anaphor = -1;
      let target = s.mentions.find(
        (m) =>
          (m.type === "organisation" || m.type === "project") &&
          m.last < i &&
          (m.case === "dative" ||
            /^toplantı/u.test(s.word(m.last + 1)) ||
            /^toplantı/u.test(s.word(m.last + 2))),
      )?.entity;
      if (!target && s.ctx.earlier) {
        // "foruma", "toplantıya", "zirveye": the event of that name mentioned last.
        for (let j = i - 1; j >= s.from; j--) {
          const stem = /^(forum|toplantı|zirve|konferans|tören|fuar|etkinli)/u.exec(s.word(j))?.[1];
          if (!stem) continue;
          // "etkinliğe" (the event) is any event; "foruma" the forum of that name.
          const named = (m: { start: number; end: number }) =>
            stem === "etkinli" ||
            s.text.slice(m.start, m.end).toLocaleLowerCase("tr").includes(stem);
          target = s.ctx.earlier((m) => m.type === "project" && named(m))?.entity;
          // "Tarihi törene katılacak" after "X Demiryolu yarın açılıyor": a ceremony with no name
          // of its own is the opening of the project named last; not "şubesinin açılış
          // törenine", the ceremony of something this sentence names.
          if (!target && stem === "tören" && !ceremonyOfSomething(s, j))
            target = s.ctx.earlier((m) => m.type === "project")?.entity;
          if (target) {
            anaphor = j;
            break;
          }
        }
      }
      if (!target) continue;
      // "etkinliğe; A, B ve C katıldı": everyone named after the event word takes part.
      const listed =
        anaphor >= 0
          ? s.mentions
              .filter(
                (m) =>
                  m.first > anaphor &&
                  m.last < i &&
                  m.case === "nominative" &&
                  m.kind === "name" &&
                  (PERSON.has(m.type) ||
                    (BODY.has(m.type) && !ownsTitle(s, m) && !namesItsPeople(s, m))),
              )
              .map((m) => m.entity)
          : [];
      // "Fuara Arçelik ve Koç Holding katıldı": companies and bodies in the nominative take part
      // too, but not one that owns a title ("Arçelik Genel Müdürü Ali Kaya") or a body the
      // event is held in cooperation with.
      const bodies =
        anaphor < 0 && !/^başkanlık/u.test(s.word(i))
          ? s.mentions
              .filter(
                (m) =>
                  BODY.has(m.type) &&
                  m.kind === "name" &&
                  m.case === "nominative" &&
                  m.last < i &&
                  m.entity !== target &&
                  !ownsTitle(s, m) &&
                  !restatesPrevious(s, m) &&
                  !namesItsPeople(s, m) &&
                  !/^(iş|işbirliği|ortaklığı|organizasyonu|koordinasyonu)/u.test(
                    s.word(m.last + 1),
                  ),
              )
              .map((m) => m.entity)
          : [];
      for (const a of new Set([...s.actors, ...listed, ...bodies]))
        emit({ type: "participates_in", source: a, target, triggers: [s.span(i)] });
    }
  },
};

const position: Rule = {
  name: "official-org-position",
  emits: ["official_of"],
  trigger: "üyesi, müdürü, rektörü, sözcüsü, direktörü, yöneticisi, başkanı, CEO'su, ...",
  frame: "BODY <position> (...) PERSON",
  example:
    "Ankara Üniversitesi öğretim üyesi Prof. Dr. Aydın Kaya konuştu. (Aydın Kaya official_of the university)",
  run(s, emit) {
    for (const org of s.mentions.filter((m) => m.type === "organisation" || m.type === "company")) {
      let positionAt = -1;
      for (let j = org.last + 1; j < s.to && j <= org.last + 6; j++) {
        if (
          /^(üyesi|müdürü|rektörü|sözcüsü|direktörü|yöneticisi|başkanı|çalışanı|dekanı|genel|ceo|ceosu|koordinatörü|temsilcisi|danışmanı|uzmanı)$/u.test(
            s.word(j),
          )
        )
          positionAt = j;
        const person = s.startingAt(j).find((m) => PERSON.has(m.type));
        if (person && positionAt > 0) {
          emit({
            type: "official_of",
            source: person.entity,
            target: org.entity,
            triggers: [s.span(positionAt)],
          });
          break;
        }
        if (person) break;
      }
    }
  },
};

const visitDative: Rule = {
  name: "visited-dative-ziyaret",
  emits: ["visited"],
  trigger: "ziyaret (after a place in the dative)",
  frame: "(PERSON-genitive) ... PLACE-dative (yaptığı ...) ziyaret",
  example:
    "Minnikhanovun Karaganda bölgesine yaptığı ziyaret. (Minnikhanov visited the Karaganda region)",
  run(s, emit) {
    for (const m of s.mentions) {
      if (!PLACE.has(m.type) || m.case !== "dative") continue;
      for (let j = m.last + 1; j <= m.last + 4 && j < s.to; j++) {
        if (!s.word(j).startsWith("ziyaret")) continue;
        // "Türkiye'ye resmi ziyarette bulunan X", "Kazakistan'a ziyaret gerçekleştiren X": the
        // participle's subject is the visitor, not the sentence's.
        const participle = /^(bulunan|gerçekleştiren|yapan|eden)$/u.test(s.word(j + 1));
        const visitor = participle
          ? participleSubject(s, j + 1)?.entity
          : ([...s.persons].reverse().find((p) => p.start < m.start && p.case === "genitive")
              ?.entity ?? s.subject);
        if (visitor)
          emit({
            type: "visited",
            source: visitor,
            target: m.entity,
            triggers: [s.span(m.last + 1, j)],
          });
        break;
      }
    }
  },
};

const visitAccusative: Rule = {
  name: "visited-accusative-ziyaret",
  emits: ["visited"],
  trigger: "ziyaret (right after a place, body or project in the accusative)",
  frame: "SUBJECT ... PLACE|BODY|PROJECT-accusative ziyaret et-; X-accusative ziyaret eden PERSON",
  example:
    "Aliyev, Ankarayı ziyaret etti. (Aliyev visited Ankara); Tiyatroyu ziyaret eden Ayşe Demir (visited the theatre)",
  run(s, emit) {
    for (const m of s.mentions) {
      if (m.case !== "accusative" || m.kind !== "name" || PERSON.has(m.type)) continue;
      if (!s.word(m.last + 1).startsWith("ziyaret")) continue;
      // "Ankarayı ziyaret etmedi / etmeyecek / edemedi": a visit that did not happen.
      if (NOT_DONE.test(s.word(m.last + 2))) continue;
      // "X'i ziyaret eden Y": the participle's subject follows; otherwise the sentence's subject.
      const participle = s.word(m.last + 2) === "eden";
      const guest = participle ? participleSubject(s, m.last + 2) : undefined;
      // "Ali Kaya, Ayşe Demir'in Kazan'ı ziyaret ettiğini söyledi / etmesini istedi": the
      // genitive person is the subject of the visit, not the sentence's.
      const embedded = /^(ettiğ|edeceğ|ettikler|edecekler|etmesi|etmeleri)/u.test(
        s.word(m.last + 2),
      )
        ? [...s.persons].reverse().find((p) => p.case === "genitive" && p.last < m.first)
        : undefined;
      const who = participle
        ? guest && PERSON.has(guest.type)
          ? guest.entity
          : undefined
        : (embedded?.entity ?? s.subject);
      if (!who) continue;
      emit({
        type: "visited",
        source: who,
        target: m.entity,
        triggers: [s.span(m.last + 1, participle ? m.last + 2 : m.last + 1)],
      });
    }
  },
};

const participleRegion: Rule = {
  name: "located-participle-region",
  emits: ["located_in"],
  trigger: "-dığı before a place",
  frame: "PLACE-locative|PLACE <classifier>-nde ... -dığı PLACE",
  example:
    "Saran şehrinde inşaatına başlandığı Karaganda bölgesine gitti. (Saran located_in the region)",
  run(s, emit) {
    for (const m of s.mentions) {
      if (
        !PLACE.has(m.type) ||
        !PARTICIPLE.test(s.word(m.first - 1)) ||
        !plainGap(s.text, s.tokens[m.first - 1].end, m.start)
      )
        continue;
      const inner = s.mentions.find(
        (a) =>
          a.start < m.start &&
          a.entity !== m.entity &&
          a.type === "place" &&
          (a.case === "locative" || CLASSIFIER_LOCATIVE.test(s.word(a.last + 1))),
      );
      if (inner)
        emit({
          type: "located_in",
          source: inner.entity,
          target: m.entity,
          triggers: [s.span(m.first - 1)],
        });
    }
  },
};

const genitiveProject: Rule = {
  name: "project-of-place-genitive",
  emits: ["located_in", "involves"],
  trigger: "a place in the genitive right before a project",
  frame: "PLACE-genitive PROJECT (a facility is located there; an event involves it)",
  example:
    "Tataristanın kültür ve sanat günlerini düzenlemek istiyoruz. (the culture days involve Tatarstan)",
  run(s, emit) {
    for (const m of s.mentions) {
      if (!PLACE.has(m.type) || m.case !== "genitive") continue;
      const p = s.startingAt(m.last + 1).find((x) => x.type === "project");
      if (!p || !plainGap(s.text, m.end, p.start)) continue;
      if (isFacility(s.text.slice(p.start, p.end)))
        emit({
          type: "located_in",
          source: p.entity,
          target: m.entity,
          triggers: [s.span(p.first)],
        });
      else
        emit({
          type: "involves",
          source: p.entity,
          target: m.entity,
          triggers: [{ start: m.start, end: m.end }],
        });
    }
  },
};

/** A relative participle ("gösteren", "yaşayan", "kurulan"), not an ablative ("Kazan'dan"). */
function isParticiple(w: string): boolean {
  return /([^dt]an|[^dt]en|yan|yen)$/u.test(w) && !/(ndan|nden|dan|den|tan|ten)$/u.test(w);
}
/** Participles that put the thing after them in the place before them: "düzenlenen", "yapılan". */
const PLACE_PARTICIPLE =
  /^(düzenlen|yapıl|gerçekleştiril|gerçekleş|tertip|kurul|inşa|açıl|başla|devam)/u;

const locativeProject: Rule = {
  name: "project-in-place-locative",
  emits: ["located_in", "held_in"],
  trigger: "a place in the locative with a project in the same sentence",
  frame:
    "PLACE-locative ... PROJECT, within twelve words of one clause (a facility is located there; an event is held there)",
  example:
    "Kültür ve sanat günlerini Kazakistanda düzenlemeyi umuyoruz. (the culture days held_in Kazakhstan)",
  run(s, emit) {
    for (const m of s.mentions) {
      const next = s.word(m.last + 1);
      if (
        !PLACE.has(m.type) ||
        m.case !== "locative" ||
        next === "bulunan" ||
        CLASSIFIER_LOCATIVE.test(next) ||
        m.last + 1 >= s.to
      )
        continue;
      for (const p of s.projects) {
        if (p.start <= m.start && m.end <= p.end) continue;
        // "Manisa OSB'deki firmalar Kazakistan'da": a project in the relative case says where
        // something else is; the clause's place is not the project's.
        if (p.case === "relative") continue;
        // In one clause: near each other, no "ancak"/"ama" or semicolon between ("Zirve
        // Semerkant'ta yapılacak, ancak X Bişkek'te kaldı" holds it in Samarkand only).
        const [a, b] = p.first < m.first ? [p.last, m.first] : [m.last, p.first];
        if (b - a > 12) continue;
        if (s.tokens.slice(a + 1, b).some((t) => /^(ancak|fakat|ama|ise|oysa)$/u.test(t.folded)))
          continue;
        if (s.text.slice(s.tokens[a].end, s.tokens[b].start).includes(";")) continue;
        // "... etkinliğe, ülkede faaliyet gösteren iş insanları katıldı": after the project, a
        // place followed by a participle is in a clause describing someone else.
        if (
          p.first < m.first &&
          [1, 2, 3].some(
            (d) => isParticiple(s.word(m.last + d)) && !PLACE_PARTICIPLE.test(s.word(m.last + d)),
          )
        )
          continue;
        const facility = isFacilityMention(s, p);
        emit({
          type: facility ? "located_in" : "held_in",
          source: p.entity,
          target: m.entity,
          triggers: [s.span(m.last + 1)],
        });
      }
    }
  },
};

const demonymProject: Rule = {
  name: "involves-demonym",
  emits: ["involves"],
  trigger: "a demonym inside a project's words",
  frame: "PROJECT containing <country>-lı",
  example:
    "Büyük bir Kazakistanlı grubu Tataristanda okuyor. (the students' project involves Kazakhstan)",
  run(s, emit) {
    for (const d of s.ctx.demonyms) {
      // A project's own words: a description standing for it ("Forumda") has none.
      const p = s.projects.find(
        (m) => m.kind !== "reference" && m.start <= d.start && d.start < m.end + 2,
      );
      if (p && p.entity !== d.entity)
        emit({
          type: "involves",
          source: p.entity,
          target: d.entity,
          triggers: [{ start: d.start, end: d.end }],
        });
    }
  },
};

const background: Rule = {
  name: "background-facts",
  emits: ["part_of", "capital_of", "based_in", "located_in"],
  trigger: "the gazetteer's facts",
  frame: "ENTITY ... TARGET (or a title that stands for the target's office) in one sentence",
  example:
    "Tataristan ve Rusya iş birliği yapıyor. (Tatarstan part_of Russia, background knowledge)",
  run(s, emit) {
    // A title names an office, and so its country ("Devlet başkanı" evokes Kazakhstan); a bare
    // name does not.
    const standsFor = new Set<string>();
    for (const m of s.mentions) {
      standsFor.add(m.entity);
      if (m.kind !== "title") continue;
      for (const role of s.ctx.gazetteer.entries.get(m.entity)?.roles ?? []) standsFor.add(role.of);
    }
    // A capital is stated by "başkenti" (capital-baskenti) or by both names outside any office:
    // "Kazakistan'ın Ankara Büyükelçisi ... Türkiye", "Ankara'da Türkiye Cumhurbaşkanı" and
    // "Kazakistan Başbakanlığı ... Astana'da" name the city and the country for other reasons.
    const titles = s.mentions.filter((m) => m.kind === "title");
    const free = new Set(
      s.mentions
        .filter(
          (m) =>
            m.kind === "name" &&
            !titles.some((t) => t.start <= m.start && m.end <= t.end) &&
            !/^(başbakanlığ|cumhurbaşkanlığ|bakanlığ|büyükelçiliğ)/u.test(s.word(m.last + 1)),
        )
        .map((m) => m.entity),
    );
    // A bare title ("Devlet başkanı") evokes its country as the sentence's own.
    for (const t of titles)
      if (!s.mentions.some((m) => m.kind === "name" && t.start <= m.start && m.end <= t.end))
        for (const role of s.ctx.gazetteer.entries.get(t.entity)?.roles ?? []) free.add(role.of);
    for (const id of new Set(s.mentions.map((m) => m.entity))) {
      for (const fact of s.ctx.gazetteer.entries.get(id)?.facts ?? []) {
        if (fact.relation === "capital_of" && !(free.has(id) && free.has(fact.target))) continue;
        if (standsFor.has(fact.target) && fact.target !== id)
          emit({
            type: fact.relation,
            source: id,
            target: fact.target,
            triggers: [],
            attributes: { basis: "background knowledge" },
          });
      }
    }
  },
};

/** A verb at token i whose stem matches, in any person, tense or converb form. */
const GO =
  /^(geld|gelir|gelec|gelerek|gelen|gelmiş|gitt|gider|gidec|giderek|giden|ulaştı(?!r)|ulaşarak|ulaşan|vard|vararak|geçt|geçerek)/u;

const arrives: Rule = {
  name: "visited-gel-dative",
  emits: ["visited"],
  trigger: "geldi, gitti, ulaştı, vardı, geçti (and their converbs)",
  frame: "SUBJECT(person) ... PLACE-dative <verb of arrival>; PLACE-dative gelen PERSON",
  example: "Erdoğan, zirve için Kazana geldi. (Erdoğan visited Kazan)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      // "Türkiye'ye hoş geldiniz": a greeting to others, not the speaker's arrival.
      if (!GO.test(s.word(i)) || s.word(i - 1) === "hoş") continue;
      const place = [...s.mentions]
        .reverse()
        .find((m) => PLACE.has(m.type) && m.case === "dative" && m.last < i && m.last >= i - 3);
      if (!place) continue;
      // "Kazana gelen Erdoğan": a participle's subject is the person it describes.
      const participle = /^(gelen|giden|ulaşan)$/u.test(s.word(i));
      const subject = participle
        ? s.persons.find(
            (m) =>
              m.first > i &&
              m.first <= i + 4 &&
              // Only a title in between ("gelen Dışişleri Bakanı X"), not the thing that came.
              s.tokens.slice(i + 1, m.first).every((t) => /^\p{Lu}/u.test(t.text)),
          )
        : // "Ali Kaya, Ayşe Demirin Kazana geldiğini söyledi": a nominalised verb's subject is
          // the genitive person of its own clause, not the sentence's.
          ((/^(geldiğ|geleceğ|gittiğ|gideceğ|ulaştığ|vardığ|geçtiğ)/u.test(s.word(i))
            ? [...s.persons]
                .reverse()
                .find((m) => m.case === "genitive" && m.last < place.first && m.last >= i - 8)
            : undefined) ??
          s.persons.find((m) => m.case === "nominative" && m.start < place.start));
      if (subject)
        emit({
          type: "visited",
          source: subject.entity,
          target: place.entity,
          triggers: [s.span(i)],
        });
    }
  },
};

const visitNoun: Rule = {
  name: "visited-place-ziyareti",
  emits: ["visited"],
  trigger: "ziyareti, ziyaretinde, ziyareti kapsamında",
  frame:
    "(PERSON-genitive) PLACE ziyaret-: the genitive person, else the subject, else the only person",
  example:
    "Minnikhanovun Türkiye ziyareti kapsamında forum düzenlendi. (Minnikhanov visited Turkey)",
  run(s, emit) {
    for (const m of s.mentions) {
      if (!PLACE.has(m.type) || m.case !== "nominative" || m.kind !== "name") continue;
      if (!/^ziyaret(i|inde|ine|ini|inin)$/u.test(s.word(m.last + 1))) continue;
      const genitive = [...s.persons]
        .reverse()
        .find((p) => p.case === "genitive" && p.last === m.first - 1);
      const persons = [...new Set(s.persons.map((p) => p.entity))];
      const visitor =
        genitive?.entity ??
        s.persons.find((p) => p.case === "nominative")?.entity ??
        (persons.length === 1 ? persons[0] : undefined);
      if (visitor)
        emit({
          type: "visited",
          source: visitor,
          target: m.entity,
          triggers: [s.span(m.last + 1)],
        });
    }
  },
};

const receives: Rule = {
  name: "met-with-kabul-karsila",
  emits: ["met_with", "visited"],
  trigger: "kabul etti, karşıladı (and their participles); tarafından kabul edildi/karşılandı",
  frame:
    "SUBJECT ... PERSON-accusative (PLACE-locative) ... kabul et-|karşıla-; GUEST ... HOST tarafından kabul edildi",
  example:
    "Tokayev, Kubanıçbek Ömüraliyevi kabul etti. (Tokayev met_with Ömüraliyev); Erdoğanı Kazan Havalimanında Metşin karşıladı (and Erdoğan visited the airport)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      const w = s.word(i);
      // The passive: "X, Y tarafından kabul edildi/karşılandı".
      if (w === "tarafından") {
        const last = s.endingAt(i - 1).find((m) => PERSON.has(m.type));
        const v = s.word(i + 1);
        // Not "kabul edilmedi", "karşılanmadı": a reception that did not happen.
        const passive =
          (v === "kabul" && /^edil/u.test(s.word(i + 2)) && !negatedVerb(s, i + 2)) ||
          (/^karşılan/u.test(v) && !negatedVerb(s, i + 1));
        if (!last || !passive) continue;
        // "X, A ve B tarafından karşılandı": A and B welcomed X together, not each other.
        const agents = objectGroup(s, last);
        const agent = agents[0];
        const trigger = s.span(i, v === "kabul" ? i + 2 : i + 1);
        for (const g of s.persons.filter((m) => m.case === "nominative" && m.last < agent.first)) {
          if (agents.some((a) => a.entity === g.entity)) continue;
          for (const a of agents)
            emit({ type: "met_with", source: a.entity, target: g.entity, triggers: [trigger] });
          for (const p of s.mentions)
            if (
              PLACE.has(p.type) &&
              (p.case === "locative" ||
                (p.case === "nominative" && CLASSIFIER_LOCATIVE.test(s.word(p.last + 1)))) &&
              p.start > g.start &&
              p.last < agent.first
            )
              emit({ type: "visited", source: g.entity, target: p.entity, triggers: [trigger] });
        }
        continue;
      }
      const kabul = w === "kabul" && /^(etti|eder|edecek|etmiş|ederek|eden)/u.test(s.word(i + 1));
      if (!kabul && !/^karşıla(dı|r|yacak|mış|yarak|yan)/u.test(w)) continue;
      const guests = s.persons.filter((m) => m.case === "accusative" && m.last < i);
      if (guests.length === 0) continue;
      const hosts = s.persons.filter(
        (m) => m.case === "nominative" && m.last < i && !guests.some((g) => g.entity === m.entity),
      );
      const trigger = s.span(i, kabul ? i + 1 : i);
      for (const g of guests) {
        for (const h of hosts)
          emit({ type: "met_with", source: h.entity, target: g.entity, triggers: [trigger] });
        // Where the guest was received: a place in the locative before the verb.
        for (const p of s.mentions)
          if (PLACE.has(p.type) && p.case === "locative" && p.start > g.start && p.last < i)
            emit({ type: "visited", source: g.entity, target: p.entity, triggers: [trigger] });
      }
    }
  },
};

const FIRM = /^(şirket|firma|holding|grup|grub|üretici|yatırımcı)/u;

/** The company a phrase at token i is about: right after it, else before it, else the last one. */
function companyNear(s: Sentence, i: number, j: number): string | undefined {
  const right = s.startingAt(j + 1).find((m) => m.type === "company");
  if (right) return right.entity;
  const left = s.endingAt(i - 1).find((m) => m.type === "company");
  if (left) return left.entity;
  const inSentence = s.mentions.filter((m) => m.type === "company");
  if (inSentence.length === 1) return inSentence[0].entity;
  if (inSentence.length === 0) return s.ctx.earlier?.((m) => m.type === "company")?.entity;
  return undefined;
}

const basedEthnic: Rule = {
  name: "based-in-ethnic-firm",
  emits: ["based_in"],
  trigger: "Türk şirketi, Rus firması, Kazak holdingi, Türkiye'nin ... şirketlerinden X ...",
  frame:
    "<people adjective> şirket|firma|holding (COMPANY); COUNTRY-genitive|<people> ... şirketlerinden COMPANY",
  example: "Türk şirket Arçelik fabrika açtı. (Arçelik based_in Turkey)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      // "Türk şirketi", or a country in the genitive: "Türkiye'nin önde gelen şirketlerinden X".
      const owner = s
        .endingAt(i)
        .find((m) => m.type === "country" && m.case === "genitive" && m.kind === "name");
      // "Kazakistanlı şirket X": a demonym names the country as the people's adjective does.
      const demonym = s.ctx.demonyms.find((d) => d.first === i)?.entity;
      const country = Object.hasOwn(ETHNIC, s.word(i))
        ? ETHNIC[s.word(i)]
        : (owner?.entity ?? demonym);
      // "Türk şirketi", "Türk beyaz eşya üreticisi": up to two words of trade in between.
      let f = i + 1;
      // "Türk sermayeli X", "Rus menşeli X": the company named right after.
      if (country && /^(sermayeli|menşeli|kökenli)$/u.test(s.word(f))) {
        const named = s.startingAt(f + 1).find((m) => m.type === "company");
        if (named && s.ctx.gazetteer.entries.has(country))
          emit({
            type: "based_in",
            source: named.entity,
            target: country,
            triggers: [s.span(i, f)],
          });
        continue;
      }
      while (f < i + 5 && !FIRM.test(s.word(f)) && /^\p{Ll}/u.test(s.tokens[f]?.text ?? "")) f++;
      if (!country || !FIRM.test(s.word(f))) continue;
      // Singular: "Türk şirketleriyle" speaks of Turkish companies in general; but "Türk
      // şirketlerinden Arçelik" is one of them, named right after.
      const oneOf = /l[ae]r[ıi]nd[ae]n$/u.test(s.word(f));
      if (/l[ae]r/u.test(s.word(f)) && !oneOf) continue;
      // A genitive owner needs the plural "one of" ("Türkiye'nin şirketi" is rarely a name), or
      // the company named right after: "Rusya'nın enerji şirketi Gazprom".
      const apposed = s.startingAt(f + 1).find((m) => m.type === "company");
      // "Arçelik, Türkiye'nin en büyük beyaz eşya üreticisidir": the company is the subject of
      // the copula.
      const copula =
        owner && /(d|t)[ıiuü]r$/u.test(s.word(f)) && f >= s.to - 1
          ? s.mentions.find((m) => m.type === "company" && m.case === "nominative" && m.last < i)
          : undefined;
      if (copula && s.ctx.gazetteer.entries.has(country)) {
        emit({
          type: "based_in",
          source: copula.entity,
          target: country,
          triggers: [s.span(i, f)],
        });
        continue;
      }
      if (owner && !oneOf && !apposed) continue;
      if (!s.ctx.gazetteer.entries.has(country)) continue;
      const company = oneOf
        ? s.startingAt(f + 1).find((m) => m.type === "company")?.entity
        : companyNear(s, i, f);
      if (company)
        emit({ type: "based_in", source: company, target: country, triggers: [s.span(i, f)] });
    }
  },
};

const basedMerkezli: Rule = {
  name: "based-in-merkezli",
  emits: ["based_in"],
  trigger: "merkezli",
  frame: "PLACE merkezli (şirket) COMPANY",
  example: "Kazan merkezli Tatneft büyüyor. (Tatneft based_in Kazan)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (!/^merkezli/u.test(s.word(i))) continue;
      const place = s.endingAt(i - 1).find((m) => PLACE.has(m.type) && m.case === "nominative");
      if (!place) continue;
      const j = FIRM.test(s.word(i + 1)) ? i + 1 : i;
      const company = companyNear(s, i, j);
      if (company && company !== place.entity)
        emit({ type: "based_in", source: company, target: place.entity, triggers: [s.span(i)] });
    }
  },
};

/** Words that put a company's work in a place: investment, a plant, production, a dealer ... */
const PRESENCE =
  /^(yatırım|fabrika|tesis|üretim|faaliyet|bayi|mağaza|şube|ofis|temsilcilik|ihracat|uçuş|sefer|satış|montaj|hizmet|ihraç|proje|inşaat|inşa|ihale)/u;

const operatesPresence: Rule = {
  name: "operates-in-presence",
  emits: ["operates_in"],
  trigger: "yatırım, fabrika, tesis, üretim, faaliyet, mağaza, şube, uçuş ...",
  frame:
    "COMPANY(nominative|genitive) ... PLACE-locative|dative|relative ... <presence word>; PLACE-locative <presence word> yapan COMPANY",
  example: "Arçelik, Özbekistanda yeni bir fabrika açtı. (Arçelik operates_in Uzbekistan)",
  run(s, emit) {
    // The company is what the sentence is about: its subject or the owner of the presence.
    const companies = s.mentions.filter(
      (m) => m.type === "company" && (m.case === "nominative" || m.case === "genitive"),
    );
    if (companies.length === 0) return;
    for (let i = s.from; i < s.to; i++) {
      if (!PRESENCE.test(s.word(i))) continue;
      // "Özbekistan'da üretim yapan KAMAZ": the participle's subject follows.
      const doer = /^(yapan|gösteren|eden|sürdüren|bulunan)$/u.test(s.word(i + 1))
        ? participleSubject(s, i + 1)
        : undefined;
      // "Semerkantta kuracağı otobüs fabrikası": a plant with a name of its own is built and
      // located (builds-insa-kur, project-in-place-locative), not the company's market.
      if (s.projects.some((m) => m.first <= i && i <= m.last)) continue;
      for (const p of s.mentions) {
        if (!PLACE.has(p.type) || p.kind !== "name") continue;
        if (!["locative", "dative", "relative"].includes(p.case)) continue;
        // A market is a country, region or city; "İstanbul Havalimanındaki tesisleri" names a
        // site (an airport, a port, a plant), where a company works but which is no market.
        if (isFacility(s.text.slice(p.start, p.end))) continue;
        if (p.last >= i || p.last < i - 6) continue;
        for (const c of companies)
          if (c.start < p.start || c === doer)
            emit({
              type: "operates_in",
              source: c.entity,
              target: p.entity,
              triggers: [s.span(i)],
            });
      }
    }
  },
};

const DIRECTION = /^(doğu|batı|kuzey|güney|merkez|kalb|yakın|içi|orta|sınır)/u;

const yerAlan: Rule = {
  name: "located-yer-alan",
  emits: ["located_in"],
  trigger: "yer alan, bulunan, yerleşen, kurulu (after a place and a direction word)",
  frame: "PLACE-genitive <direction>-nde|PLACE-locative yer alan|yerleşen X",
  example: "Özbekistanın doğusunda yer alan Namangan büyüyor. (Namangan located_in Uzbekistan)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      const w = s.word(i);
      const participle =
        (w === "yer" && s.word(i + 1) === "alan") || /^(yerleşen|kurulu|konumlanan)$/u.test(w);
      if (!participle) continue;
      const next = w === "yer" ? i + 2 : i + 1;
      const thing = s.startingAt(next).find((m) => m.kind === "name" && !PERSON.has(m.type));
      if (!thing) continue;
      // "X'in doğusunda yer alan", "X'in kalbinde yerleşen"; "X'te yer alan".
      let place = s.endingAt(i - 1).find((m) => PLACE.has(m.type) && m.case === "locative");
      if (!place && DIRECTION.test(s.word(i - 1)) && /nde$|nda$/u.test(s.word(i - 1)))
        place = s.endingAt(i - 2).find((m) => PLACE.has(m.type) && m.case === "genitive");
      if (place && place.entity !== thing.entity)
        emit({
          type: "located_in",
          source: thing.entity,
          target: place.entity,
          triggers: [s.span(i, w === "yer" ? i + 1 : i)],
        });
    }
  },
};

const countryRegion: Rule = {
  name: "located-country-then-place",
  emits: ["located_in"],
  trigger: "a country in the locative right before a place",
  frame: "COUNTRY-locative PLACE; COUNTRY-genitive PLACE bölgesi|şehri|kenti|ili ...",
  example:
    "Özbekistanda Yeni Namangan bölgesine yatırım yapılacak. (New Namangan located_in Uzbekistan)",
  run(s, emit) {
    for (const c of s.mentions) {
      // Locative only. A genitive country before a place named as a region or city
      // ("Kazakistan'ın Çimkent şehri") makes it part_of the country
      // (part-of-genitive-subdivision); before a bare city it is often whose office is posted
      // there ("Türkiye'nin Moskova Büyükelçisi").
      if (c.type !== "country" || c.kind !== "name" || c.case !== "locative") continue;
      const p = s.startingAt(c.last + 1).find((m) => m.type === "place" && m.kind === "name");
      if (p && p.entity !== c.entity && plainGap(s.text, c.end, p.start))
        emit({
          type: "located_in",
          source: p.entity,
          target: c.entity,
          triggers: [{ start: c.start, end: c.end }],
        });
    }
  },
};

const relativeBody: Rule = {
  name: "located-deki-body",
  emits: ["located_in", "based_in"],
  trigger: "-daki/-deki on a place right before a body or project",
  frame:
    "PLACE-relative ORGANISATION|PROJECT (a body's seat is based_in; a campus, plant or project is located_in)",
  example: "Bişkekteki Manas Üniversitesi büyüyor. (the university located_in Bishkek)",
  run(s, emit) {
    for (const p of s.mentions) {
      if (!PLACE.has(p.type) || p.case !== "relative" || p.kind !== "name") continue;
      const b = s
        .startingAt(p.last + 1)
        .find((m) => m.type === "organisation" || m.type === "project" || m.type === "place");
      if (!b || b.entity === p.entity || !plainGap(s.text, p.end, b.start)) continue;
      // "Moskova'daki Sanayiciler Birliği" is a body with its seat there; "Bişkek'teki Manas
      // Üniversitesi" is a campus, a place of its own.
      const seat = b.type === "organisation" && !isFacility(s.text.slice(b.start, b.end));
      emit({
        type: seat ? "based_in" : "located_in",
        source: b.entity,
        target: p.entity,
        triggers: [{ start: p.start, end: p.end }],
      });
    }
  },
};

const capital: Rule = {
  name: "capital-baskenti",
  emits: ["capital_of"],
  trigger: "başkenti",
  frame: "PLACE-genitive başkenti (olan) PLACE; PLACE, PLACE-genitive başkenti",
  example: "Kırgızistanın başkenti Bişkekte zirve yapıldı. (Bishkek capital_of Kyrgyzstan)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (s.word(i) !== "başkenti") continue;
      const country = s.endingAt(i - 1).find((m) => PLACE.has(m.type) && m.case === "genitive");
      const k = s.word(i + 1) === "olan" ? i + 2 : i + 1;
      // "Kazakistan'ın başkenti Astana"; "Kazan, Tataristan'ın başkenti": the city may come first.
      const first = s.mentions[0];
      const city =
        s.startingAt(k).find((m) => m.type === "place" && m.kind === "name") ??
        (first &&
        first.type === "place" &&
        first.case === "nominative" &&
        first.kind === "name" &&
        country &&
        first.last < country.first &&
        s.text.slice(first.end, first.end + 1) === ","
          ? first
          : undefined);
      if (country && city && country.entity !== city.entity)
        emit({
          type: "capital_of",
          source: city.entity,
          target: country.entity,
          triggers: [s.span(i)],
        });
    }
  },
};

/** A word for a subdivision with its possessive: "ilçesi", "bölgesinde", "köyüne", "Mahallesi'nde". */
const SUBDIVISION =
  /^(ilçe|il|bölge|köy|köyü|mahalle|belde|kasaba|şehri|kenti|eyalet|vilayet)(si|i|ü)?(n(de|e|den|in))?$/u;
const SUBDIVISION_DATIVE =
  /^(ilçe|bölge|köy|mahalle|belde|eyalet|vilayet)(si|ü)?ne$|^(ili|şehri|kenti)ne$/u;

const genitiveSubdivision: Rule = {
  name: "part-of-genitive-subdivision",
  emits: ["part_of"],
  trigger: "ilçesi, bölgesi, köyü, mahallesi, ili after a place in the genitive and a place",
  frame:
    "PLACE-genitive PLACE ilçesi|bölgesi|köyü|mahallesi(-case): the second is part of the first",
  example: "Mersin'in Gülnar ilçesinde tören yapıldı. (Gülnar part_of Mersin)",
  run(s, emit) {
    for (const whole of s.mentions) {
      if (!PLACE.has(whole.type) || whole.case !== "genitive" || whole.kind !== "name") continue;
      const part = s
        .startingAt(whole.last + 1)
        .find((m) => PLACE.has(m.type) && m.kind === "name" && m.entity !== whole.entity);
      if (!part || !plainGap(s.text, whole.end, part.start)) continue;
      // The kind of place after the name, or ending it ("Karaganda bölgesi" as one name).
      const kind = SUBDIVISION.test(s.word(part.last + 1))
        ? part.last + 1
        : part.last > part.first && SUBDIVISION.test(s.word(part.last).replace(/['’].*$/u, ""))
          ? part.last
          : -1;
      if (kind < 0) continue;
      emit({
        type: "part_of",
        source: part.entity,
        target: whole.entity,
        triggers: [s.span(kind)],
      });
    }
  },
};

const bagli: Rule = {
  name: "part-of-bagli",
  emits: ["part_of"],
  trigger: "bağlı",
  frame: "PLACE-dative bağlı PLACE",
  example: "Rusyaya bağlı Tataristanda seçim var. (Tatarstan part_of Russia)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (s.word(i) !== "bağlı") continue;
      // "Gülnar ilçesine bağlı": the case is on the word for the kind of place.
      const whole =
        s.endingAt(i - 1).find((m) => PLACE.has(m.type) && m.case === "dative") ??
        (SUBDIVISION_DATIVE.test(s.word(i - 1))
          ? s.endingAt(i - 2).find((m) => PLACE.has(m.type) && m.case === "nominative")
          : undefined);
      const part = s.startingAt(i + 1).find((m) => PLACE.has(m.type));
      if (whole && part && whole.entity !== part.entity)
        emit({ type: "part_of", source: part.entity, target: whole.entity, triggers: [s.span(i)] });
    }
  },
};

/** A tie between two named as a pair: "kardeşliği", "dostluğu", "birliği" (a union, not "iş"). */
const PAIR_TIE = /^(ilişki|kardeşli|dostlu|ortaklı|müttefikli|birliğ|işbirliğ)/u;

const pairTie: Rule = {
  name: "cooperates-pair-tie",
  emits: ["cooperates_with"],
  trigger:
    "A ve|ile|- B ilişkileri, kardeşliği, dostluğu, birliği; A ile B('nin) kardeş ülke|halk|devlet",
  frame:
    "ACTOR (ve|ile|-) ACTOR(-genitive) (one adjective) tie noun; ACTOR ile ACTOR(-genitive) kardeş|dost <people|country>",
  example: "Astana ve Ankara kardeşliği yıllar önce başladı. (Nur-Sultan cooperates_with Ankara)",
  run(s, emit) {
    for (const b of s.mentions) {
      if (!ACTOR.has(b.type) || b.kind !== "name") continue;
      if (!["nominative", "genitive"].includes(b.case)) continue;
      // The first of the pair right before: "A ve B", "A ile B", "A-B".
      const joiner = s.word(b.first - 1);
      const dash = /^\s*[-\u2010-\u2013]\s*$/u;
      const a =
        joiner === "ve" || joiner === "ile"
          ? s.endingAt(b.first - 2).find((m) => ACTOR.has(m.type) && m.case === "nominative")
          : s
              .endingAt(b.first - 1)
              .find((m) => ACTOR.has(m.type) && dash.test(s.text.slice(m.end, b.start)) && m !== b);
      if (!a || a.entity === b.entity || a.kind !== "name") continue;
      // Not part of a longer list: "A, B ve C", "X, A ve B ile".
      const listed = s
        .endingAt(a.first - 1)
        .some((m) => ACTOR.has(m.type) && /^,\s*$/u.test(s.text.slice(m.end, a.start)));
      if (listed) continue;
      let j = b.last + 1;
      if (/^(ekonomik|ticari|siyasi|stratejik|tarihi|köklü|ikili|kültürel)$/u.test(s.word(j))) j++;
      const w = s.word(j);
      const tie =
        /^\p{Ll}/u.test(s.tokens[j]?.text ?? "") &&
        j < s.to &&
        ((PAIR_TIE.test(w) && !(s.word(j - 1) === "iş" && w.startsWith("birliğ"))) ||
          (/^(kardeş|dost)$/u.test(w) && /^(ülke|halk|devlet|millet)/u.test(s.word(j + 1))));
      if (!tie || negatedVerb(s, j + 1) || negatedVerb(s, j + 2)) continue;
      emit({
        type: "cooperates_with",
        source: a.entity,
        target: b.entity,
        triggers: [s.span(j)],
      });
    }
  },
};

const dashCooperation: Rule = {
  name: "cooperates-dash-is-birligi",
  emits: ["cooperates_with"],
  trigger: "A-B ... iş birliği, ortaklığı, dostluğu",
  frame: "ACTOR-ACTOR (up to 3 words) iş birliği|ortaklık|dostluk",
  example: "Türkiye-Tataristan ekonomik iş birliği büyüyor. (Turkey cooperates_with Tatarstan)",
  run(s, emit) {
    for (const b of s.mentions) {
      if (!ACTOR.has(b.type)) continue;
      const a = s.endingAt(b.first - 1).find((m) => ACTOR.has(m.type));
      if (
        !a ||
        a.entity === b.entity ||
        !/^\s*[-\u2010-\u2013]\s*$/u.test(s.text.slice(a.end, b.start))
      )
        continue;
      for (let j = b.last + 1; j <= b.last + 4 && j < s.to; j++) {
        const coop = cooperationAt(s, j);
        const end = coop > 0 ? coop : /^(ortaklı|dostlu)/u.test(s.word(j)) ? j : -1;
        // Only adjectives in between: "ticari ve ekonomik", "stratejik".
        if (end < 0 && !/^(ve|(\p{L}*(ik|ık|uk|ük|al|el|i|ı)))$/u.test(s.word(j))) break;
        if (end < 0) continue;
        emit({
          type: "cooperates_with",
          source: a.entity,
          target: b.entity,
          triggers: [s.span(j, end)],
        });
        break;
      }
    }
  },
};

const LINE = /(boru|hat|hattı|koridor|demiryol|otoyol|yol)/u;
const CARRY = /^(ulaştır|taşı|aktar|bağl[aı]|uzan|gid|git|ulaş)/u;
/** "geçiyor", "geçecek", "geçen": a line passing through places in the ablative. */
const PASS = /^geç(iyor|ecek|en|er|mekte|tiği|eceği|mesi)$/u;
/** A participle right before the line it describes: "ulaştıracak TAP boru hattı". */
const LINE_PARTICIPLE = /(acak|ecek|an|en|yan|yen)$/u;

const connects: Rule = {
  name: "connects-line",
  emits: ["connects"],
  trigger: "ulaştırma, taşıma, bağlayan, uzanan (with a pipeline, line or corridor)",
  frame:
    "LINE(project) ... PLACE-dative|ablative|'üzerinden' <carry verb>; PLACE-accusative ... bağla-",
  example:
    "Bakü-Tiflis-Ceyhan Boru Hattıyla Türkiyeye petrol ulaştırılıyor. (the pipeline connects Turkey)",
  run(s, emit) {
    const lines = s.projects.filter((p) =>
      LINE.test(s.text.slice(p.start, p.end).toLocaleLowerCase("tr")),
    );
    if (lines.length === 0) return;
    for (let i = s.from; i < s.to; i++) {
      const pass = PASS.test(s.word(i));
      if (!CARRY.test(s.word(i)) && !pass) continue;
      // "A'yı B'ye bağlayan": both ends; "Türkiye üzerinden": a place on the way.
      const links = /^bağl/u.test(s.word(i));
      // The line: named before the verb, or right after it when the verb is its participle
      // ("Hint Okyanusu'na ulaştıracak TAP boru hattı").
      const described = LINE_PARTICIPLE.test(s.word(i))
        ? lines.filter((l) => l.first > i && l.first <= i + 3)
        : [];
      const carriers = [...lines.filter((l) => l.last < i), ...described];
      if (carriers.length === 0) continue;
      const from = pass ? Math.max(...carriers.map((l) => (l.last < i ? l.last : s.from))) : i - 6;
      for (const p of s.mentions) {
        if (!PLACE.has(p.type) || p.kind !== "name") continue;
        const via = s.word(p.last + 1) === "üzerinden";
        // "Türkmenistan doğalgazını ... ulaştıracak": the place whose gas, oil or goods it carries.
        const origin =
          !pass &&
          p.case === "nominative" &&
          /^(doğalgaz|doğal|gaz|petrol|elektrik|yük|ürün)\p{L}*(ı|i|u|ü)$/u.test(
            s.word(p.last + 1),
          );
        const ok = pass
          ? p.case === "ablative" || via
          : p.case === "dative" ||
            p.case === "ablative" ||
            (links && p.case === "accusative") ||
            via ||
            origin;
        if (!ok) continue;
        if (p.last >= i || p.last < from) continue;
        if (carriers.some((l) => p.first >= l.first && p.last <= l.last)) continue;
        for (const l of carriers)
          emit({ type: "connects", source: l.entity, target: p.entity, triggers: [s.span(i)] });
      }
    }
  },
};

const participateEvent: Rule = {
  name: "participates-event-dative",
  emits: ["participates_in", "held_in"],
  trigger: "katılmak üzere, katılımıyla, katılan, katıldığı",
  frame:
    "SUBJECT ... EVENT-dative katıl-; EVENT ... PERSON-genitive katılımıyla; then PLACE-dative gel-",
  example:
    "Erdoğan, BRICS Zirvesine katılmak üzere Kazana geldi. (Erdoğan participates_in the summit, held_in Kazan)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      const w = s.word(i);
      // "katılımıyla", "katılımlarıyla", "katılımı ile", "katılımları ile".
      const withPresence =
        /^katılım(ıyla|larıyla)$/u.test(w) ||
        (/^katılım(ı|ları)$/u.test(w) && s.word(i + 1) === "ile");
      if (withPresence) {
        // The event named before, or spoken of: "Forum, Bakan X'in katılımıyla düzenlendi".
        let event: MentionRec | undefined = s.mentions.find(
          (m) => m.type === "project" && m.last < i,
        );
        for (let j = i - 1; j >= s.from && !event; j--) event = eventAt(s, j);
        const who = s
          .endingAt(i - 1)
          .filter((m) => m.case === "genitive" && (PERSON.has(m.type) || BODY.has(m.type)));
        // "A ve B'nin katılımıyla": the names joined to the genitive one take part too.
        for (let k = (who[0]?.first ?? s.from) - 1; k > s.from && /^(ve|ile)$/u.test(s.word(k));) {
          const before = s
            .endingAt(k - 1)
            .find((m) => m.kind === "name" && (PERSON.has(m.type) || BODY.has(m.type)));
          if (!before) break;
          who.push(before);
          k = before.first - 1;
        }
        if (event)
          for (const p of who)
            emit({
              type: "participates_in",
              source: p.entity,
              target: event.entity,
              triggers: [s.span(i)],
            });
        continue;
      }
      // Not the negative: "katılmadı", "katılmayacak". "iştirak" is the older word for it.
      const joins =
        /^katıl(mak|ma|an|dığ|acağ|ması|arak)/u.test(w) ||
        (w === "iştirak" && /^(et|ed)/u.test(s.word(i + 1))) ||
        /^iştirak(i|leri)$/u.test(w);
      if (!joins || /^katılma(dı|y|mış|z)/u.test(w)) continue;
      // The event: named in the dative right before, or an event word standing for one
      // ("Zirveye katılacağını").
      const event = eventArgument(s, i, "dative");
      if (!event) continue;
      // The verb's form says who: "Foruma katılan Ali Kaya", "Ali Kaya'nın foruma katılacağını".
      const verb = w === "iştirak" ? i + 1 : i;
      const argFirst = event.first < i && event.last >= i - 2 ? event.first : i - 1;
      const who = subjectsOfVerb(s, verb, argFirst).filter((m) => PERSON.has(m.type));
      for (const p of who)
        emit({
          type: "participates_in",
          source: p.entity,
          target: event.entity,
          triggers: [s.span(i)],
        });
      // "... katılmak üzere Kazana geldi": the event is held where they went.
      if (event.type !== "project") continue;
      for (let j = i + 1; j < s.to; j++) {
        if (!GO.test(s.word(j))) continue;
        const place = [...s.mentions]
          .reverse()
          .find((m) => PLACE.has(m.type) && m.case === "dative" && m.last < j && m.first > i);
        if (place)
          emit({
            type: "held_in",
            source: event.entity,
            target: place.entity,
            triggers: [s.span(i), s.span(j)],
          });
        break;
      }
    }
  },
};

const visitContacts: Rule = {
  name: "visited-temaslar",
  emits: ["visited"],
  trigger: "temasları, temaslarını, temaslarda (after a place in the -ki or locative case)",
  frame: "PLACE-relative|locative temas- ... SUBJECT(person)",
  example: "Taşkentteki temaslarını tamamlayan Çavuşoğlu döndü. (Çavuşoğlu visited Tashkent)",
  run(s, emit) {
    const subject = s.persons.find((m) => m.case === "nominative");
    if (!subject) return;
    for (let i = s.from; i < s.to; i++) {
      // "Kazakistanda temaslarda bulunan X" is X's visit (visited-bulunan), not the subject's.
      if (!/^temas/u.test(s.word(i)) || s.word(i + 1) === "bulunan") continue;
      const place = s
        .endingAt(i - 1)
        .find((m) => PLACE.has(m.type) && (m.case === "relative" || m.case === "locative"));
      if (place)
        emit({
          type: "visited",
          source: subject.entity,
          target: place.entity,
          triggers: [s.span(i)],
        });
    }
  },
};

const companyPosition: Rule = {
  name: "official-sirketin-position",
  emits: ["official_of"],
  trigger: "şirketin ... müdürü/direktörü/başkanı (olan) PERSON",
  frame: "şirketin|firmanın (region) <position> (olan) PERSON: an office in the company named last",
  example:
    "Arçelik büyüyor. Şirketin bölge müdürü olan Ali Kaya konuştu. (Ali Kaya official_of Arçelik)",
  run(s, emit) {
    for (let i = s.from; i < s.to; i++) {
      if (!/^(şirketin|firmanın|holdingin|şirketimizin)$/u.test(s.word(i))) continue;
      let position = -1;
      for (let j = i + 1; j <= i + 4 && j < s.to; j++)
        if (/^(müdürü|direktörü|başkanı|yöneticisi|sözcüsü|temsilcisi|ortağı)$/u.test(s.word(j))) {
          position = j;
          break;
        }
      if (position < 0) continue;
      const k = s.word(position + 1) === "olan" ? position + 2 : position + 1;
      const person = s.mentions.find(
        (m) => PERSON.has(m.type) && m.kind === "name" && m.first >= k && m.first <= k + 3,
      );
      const company =
        s.mentions.find((m) => m.type === "company" && m.last < i)?.entity ??
        s.ctx.earlier?.((m) => m.type === "company")?.entity;
      if (person && company)
        emit({
          type: "official_of",
          source: person.entity,
          target: company,
          triggers: [s.span(i), s.span(position)],
        });
    }
  },
};

const together: Rule = {
  name: "met-with-ile-birlikte",
  emits: ["met_with"],
  trigger: "ile birlikte",
  frame: "SUBJECT(person) ... PERSON ile birlikte <verb>",
  example: "Çavuşoğlu, Kamilov ile birlikte toplantıya katıldı. (Çavuşoğlu met_with Kamilov)",
  run(s, emit) {
    const subject = s.persons.find((m) => m.case === "nominative");
    if (!subject) return;
    // "Heyet ... X ile birlikte": a delegation's members are one subject at one word.
    const subjects = s.persons.filter(
      (m) => m.case === "nominative" && m.start === subject.start && m.end === subject.end,
    );
    for (let i = s.from; i < s.to; i++) {
      // "X ile birlikte", and "X'le birlikte" with the suffix on the name.
      const ile = s.word(i) === "ile" && s.word(i + 1) === "birlikte";
      const suffixed = s.word(i) === "birlikte";
      if (!ile && !suffixed) continue;
      // "X ve ekibi ile birlikte": X with the team.
      const team =
        ile && s.word(i - 2) === "ve" && /^(ekibi|heyeti|ekibiyle)$/u.test(s.word(i - 1));
      const other = ile
        ? s.endingAt(team ? i - 3 : i - 1).find((m) => PERSON.has(m.type))
        : s.endingAt(i - 1).find((m) => PERSON.has(m.type) && m.case === "instrumental");
      // "A, B ile birlikte C'yi ziyaret etti / kabul etti": A and B went together to meet C;
      // they did not meet each other.
      const third = other && s.persons.some((m) => m.first > other.last && m.case === "accusative");
      if (!other || third || subject.last >= other.first) continue;
      for (const who of subjects)
        if (who.entity !== other.entity)
          emit({
            type: "met_with",
            source: who.entity,
            target: other.entity,
            triggers: [s.span(i, ile ? i + 1 : i)],
          });
    }
  },
};

/** Every rule, in the order they run. */
export const RULES: readonly Rule[] = [
  metWith,
  bulunanVisit,
  classifierLocative,
  namedAfter,
  cites,
  market,
  partner,
  ileCooperation,
  contacts,
  betweenCooperation,
  dashRelations,
  geldigi,
  builds,
  agreement,
  signsWith,
  investmentThere,
  uzanan,
  katildi,
  position,
  visitDative,
  visitAccusative,
  participleRegion,
  genitiveProject,
  locativeProject,
  demonymProject,
  arrives,
  visitNoun,
  receives,
  basedEthnic,
  basedMerkezli,
  operatesPresence,
  yerAlan,
  countryRegion,
  relativeBody,
  capital,
  bagli,
  genitiveSubdivision,
  dashCooperation,
  pairTie,
  connects,
  participateEvent,
  visitContacts,
  companyPosition,
  together,
  present,
  hosts,
  speaks,
  subjectAtEvent,
  member,
  genitiveTie,
  genitiveOwnerBody,
  eventOfBody,
  jointSubject,
  beThere,
  chairs,
  branch,
  nestedLocative,
  companyBuilds,
  bodyMeeting,
  delegation,
  regionCountry,
  attends,
  hostedThere,
  officeOfInstitution,
  builtThere,
  callsOn,
  heldThere,
  metThere,
  byHand,
  peopleFrom,
  background,
];

export const RULE_NAMES: readonly string[] = RULES.map((r) => r.name);

/**
 * Runs the rules on one sentence. `enabled` switches rules off by name (all run when absent);
 * each emitted relation carries the name of its rule.
 */
export function runRules(ctx: SentenceContext, enabled?: ReadonlySet<string>): void {
  const sentence = new Sentence(ctx);
  for (const rule of RULES) {
    if (enabled && !enabled.has(rule.name)) continue;
    rule.run(sentence, (r: Emitted) => ctx.emit({ ...r, rule: rule.name }));
  }
}
