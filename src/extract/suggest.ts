import { sentenceIndexAt } from "../model";
import type { EntityType, RelationType } from "../model";
import { TITLE_ABBREVIATIONS } from "./sentences";
import type { MentionRec } from "./ruleKit";
import type { SentenceSpan } from "./sentences";
import { suffixesFor } from "./suffixes";
import type { GrammaticalCase, SuffixForm } from "./suffixes";
import { foldTr, isApostrophe, isUpperStart } from "./text";
import type { Token } from "./text";

// Names the gazetteer does not know: capitalised runs become suggestions for a person to review.
// They are never added to the graph by themselves.

export interface SuggestionOccurrence {
  source: string;
  start: number;
  end: number;
  text: string;
}

export interface Suggestion {
  /** A proposed entity id: the slug of the base form. */
  id: string;
  /** The name with its case suffix taken off: "Minnikhanova" -> "Minnikhanov". */
  base: string;
  type: EntityType;
  /** 0..1: how sure the base form and the type are. */
  confidence: number;
  /** Why this type: the context word, or "default". */
  reason: string;
  occurrences: SuggestionOccurrence[];
  /**
   * Relations the sentence gives the new name, waiting for the person to accept the name:
   * "Kırgızistan Büyükelçisi X" (X official_of Kyrgyzstan), "Kazanda kuyumculuk fabrikası"
   * (the factory located_in Kazan). Targets are gazetteer ids.
   */
  relations?: PendingRelation[];
  /**
   * Other spellings the article gives the same name, offered with it: a person's surname alone
   * ("Tüymebayev"), an acronym in parentheses ("REIN"), a company's first word ("Rusatom").
   */
  aliases?: string[];
}

export interface PendingRelation {
  type: RelationType;
  /** A gazetteer id; the suggestion itself is the other end. */
  target: string;
  /** The suggestion is the target rather than the source ("X builds <suggestion>"). */
  reverse?: boolean;
  /** The words that say so. */
  trigger: string;
}

/** What suggest needs to know of the article besides its tokens. */
export interface SuggestContext {
  /** Spans already explained: mentions, demonyms, titles. */
  covered: { start: number; end: number }[];
  /** Mentions of known entities, to extend a name over them ("Türkiye-Özbekistan Karma ..."). */
  mentions: readonly Pick<
    MentionRec,
    "entity" | "type" | "start" | "end" | "first" | "last" | "case"
  >[];
  /** Title hits, by their last token: a name right after one is its holder. */
  titles: readonly { first: number; last: number; relation?: string; text: string }[];
}

/**
 * An office held by one person, in the form that follows its owner ("Müdürü", "Müsteşarı", also
 * misspelt "Müşteşarı"; "Fahri Konsolosu"; "Başkan Vekili"), also as "ours" ("Bakan Yardımcımız",
 * "Müdürümüz"): the word ends the name before it and starts none.
 */
const OFFICE =
  /^(müdür|müsteşar|müşteşar|rektör|dekan|konsolos|başkonsolos|sözcü|danışman|sekreter|koordinatör|direktör|temsilci|kaymakam|müşavir|yardımcı|vekil|kurucu)(ü|u|i|ı|sü|su|si|sı|mız|miz|ımız|imiz|umuz|ümüz)?$|^fahri$/u;

/** A courtesy title after a person's name ("Almat Bey", "Ayşe Hanım"): not part of the name. */
const HONORIFIC_AFTER = /^(bey|hanım|beyefendi|hanımefendi|efendi)$/u;

/** Context words right after a name, and the type they suggest for it. */
const AFTER: [RegExp, EntityType, number][] = [
  // "Almat Bey", "Ayşe Hanım": a courtesy title after a person's name.
  [HONORIFIC_AFTER, "person", 0.7],
  [/^(şirket|holding|grub|firma|a\.?ş)/u, "company", 0.8],
  // "TAP boru hattı", "Navoi demiryolu", "Akkuyu nükleer santrali": a built thing's name.
  [
    /^(fabrika|tesis|proje|santral|köprü|cadde|sokağ|sokak|festival|boru|demiryol|otoyol|liman|rafineri|koridor|nükleer)/u,
    "project",
    0.7,
  ],
  [/^(cumhurbaşkan|başbakan|devlet|hükümet|parlament|meclis)/u, "country", 0.6],
  // "Mersin Valisi", "Gülnar ilçesine", "Konya ilinde": a province or a town.
  [
    /^(vali|belediye|büyükşehir|kaymakam|bölge|şehr|şehir|kent|ilçe|köy|eyalet|vilayet|mahalle)|^il(i|in|de|den|ine|inde|inden|inin)?$/u,
    "place",
    0.8,
  ],
  [
    /^(üniversite|derne|ajans|bakanlığ|vakf|vakıf|enstitü|birliğ|örgüt|teşkilat)/u,
    "organisation",
    0.8,
  ],
];
/** Context words right before a name. */
const BEFORE: [RegExp, EntityType, number][] = [
  // "Türk tekstil şirketi LC Waikiki", "beyaz eşya üreticisi Arçelik".
  [
    /^(şirket|şirketi|firma|firması|üreticisi|holdingi|markası|grubu|operatörü|bankası|devi|zinciri)$/u,
    "company",
    0.7,
  ],
  [/^(cumhurbaşkanı|başbakan|başbakanı|başkanı|bakanı|lideri|valisi)$/u, "leader", 0.7],
  [
    /^(şair|yazar|sanatçı|bay|bayan|sayın|uzman|profesör|müdür|müdürü|sözcüsü|yönetici|vali|başkonsolos|konsolos|milletvekili)/u,
    "person",
    0.7,
  ],
  // "Özbekistan'ın Başkenti Taşkent'te", "başkent Bişkek": a capital is a place.
  [/^(başkent|başkenti)$/u, "place", 0.7],
  // "Bakanlığı Müsteşarı Fatih Dönmez": an office the title list does not spell.
  [OFFICE, "person", 0.7],
];

/** Capitalised words that start a sentence or name an office, not an entity. */
const COMMON = new Set(
  [
    "bu",
    "bunun",
    "buna",
    "bir",
    "ve",
    "çok",
    "ancak",
    "ama",
    "fakat",
    "da",
    "de",
    "görüşme",
    "devlet",
    "başkanı",
    "başkan",
    "cumhurbaşkanı",
    "cumhuriyeti",
    "ilk",
    "birinci",
    "sayın",
    "büyük",
    "tatar",
    "kazak",
    "rus",
    "türk",
    "buna",
    "karşılık",
    "ayrıca",
    "öte",
    "yandan",
    "the",
    "and",
    "of",
    "in",
    "dedi",
    "bakan",
    "bakanı",
    "başbakan",
    "başbakanı",
    "büyükelçi",
    // "Öğretim Görevlimiz Süha Tarman", "Öğretim Üyesi Ali Kaya": an academic's rank.
    "öğretim",
    "görevlisi",
    "görevlimiz",
    "üyesi",
    "üyemiz",
    "sn",
    "tuğgeneral",
    "general",
    "dün",
    "bugün",
    "yarın",
    // Pronouns and words that only headlines capitalise: "Biz Rusatom olarak", "Kazakistan İçin".
    "ben",
    "sen",
    "biz",
    "siz",
    "onlar",
    "bizim",
    "için",
    "ile",
    "gibi",
    "en",
    // Adjectives that start a name only before its head ("Uluslararası Kazan Havalimanı").
    "genel",
    "uluslararası",
    "hükümet",
    // Titles before a name and courtesy titles after it: "Vali Halil Daşöz", "Almat Bey".
    "vali",
    "bey",
    "hanım",
    "başkent",
    "başkenti",
    // A delegation: "Türk Heyet ile", "Heyet, Astana'da".
    "heyet",
    "heyeti",
    // Peoples not covered as demonyms: "Özbek yetkililer", "Kırgız iş insanları".
    "özbek",
    "kırgız",
    "türkmen",
    "azeri",
    "tacik",
    "uygur",
    "başkurt",
    "gagavuz",
    // Sentence adverbs: "Özellikle Türk yatırımcılar", "Böylece Kazakistan".
    "özellikle",
    "böylece",
    "hatta",
    "yine",
    "zira",
    "yani",
    "nitekim",
    "oysa",
    "çünkü",
    "dolayısıyla",
    "ayrıca",
    "şimdi",
    "artık",
    "ise",
    "hem",
    "birçok",
    "sonra",
    "önce",
    "allah",
    "bugünün",
    "dünün",
    "yarının",
  ].map(foldTr),
);

/** Words between listed names and the plural that types them: "A ve B gibi büyük firmalar". */
const LIST_FILLER =
  /^(gibi|büyük|küçük|önemli|ünlü|tanınmış|dev|yerli|yabancı|uluslararası|global|diğer)$/u;

/** A holiday, no entity: "Zafer Bayramı", "Bağımsızlık Günü", "Cumhuriyet Bayramı'nın". */
const HOLIDAY = /^(bayram|bayramı|bayramları|günü|yıldönümü)$/u;

/** A noun that is "ours" or "yours", maybe in a case: "Yurdunuzda", "Cumhurbaşkanımız". */
const PERSONAL_POSSESSIVE =
  /(ımız|imiz|umuz|ümüz|ınız|iniz|unuz|ünüz)(d[ae]|[dt][ae]n|[ae]|[ıiuü]|n[ıiuü]n|y[ıiuü]|y[ae]|l[ae])?$/u;

/** Words that say which part an office covers: "İl Temsilcisi", "Program Koordinatörü". */
const OFFICE_QUALIFIER =
  /^(il|ilçe|bölge|ülke|program|proje|saha|basın|bölüm|şube|kurum|türkiye)$/u;

/** A lower-case word for a town or province after its name: "Seyitgazi ilçesi", "Taraz şehrinde". */
const PLACE_CLASSIFIER =
  /^(ilçe|şehr|kent|köy|kasaba|vilayet|eyalet|oblast|il)(i|si|ı|sı)(n[ıi]n|n[ae]|nd[ae]|nd[ae]n|nd[ae]ki|n[ıi])?$/u;

/** Lower-case words a headline in Title Case keeps small: "Tarım ve Ticaret Üzerine Görüşmeler". */
const HEADLINE_JOINERS = new Set(["ve", "ile", "için", "ya", "veya", "da", "de", "ki", "mi"]);

/** Months and weekdays: capitalised in dates ("3 Mart"), never an entity on their own. */
const CALENDAR = new Set(
  [
    "ocak",
    "şubat",
    "mart",
    "nisan",
    "mayıs",
    "haziran",
    "temmuz",
    "ağustos",
    "eylül",
    "ekim",
    "kasım",
    "aralık",
    "pazartesi",
    "salı",
    "çarşamba",
    "perşembe",
    "cuma",
    "cumartesi",
    "pazar",
  ].map(foldTr),
);

/** Not a name: an abbreviation with its full stop ("Prof."), a word after an ordinal ("10. Toplantısı"), an office. */
function notAName(text: string, t: Token): boolean {
  if (OFFICE.test(t.folded)) return true;
  if (text[t.end] === "." && TITLE_ABBREVIATIONS.has(t.folded)) return true;
  // An initial: "M. Çavuşoğlu".
  if (text[t.end] === "." && t.text.length === 1) return true;
  return /\d\.\s+$/u.test(text.slice(Math.max(0, t.start - 6), t.start));
}

function slug(s: string): string {
  return foldTr(s)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/gu, "i")
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "");
}

/** Common words that may stand inside a longer name, before its head ("Devlet Başkanları Konseyi"). */
const NAME_INTERNAL = new Set(
  ["devlet", "cumhuriyeti", "büyük", "birinci", "ilk", "genel", "uluslararası", "hükümet"].map(
    foldTr,
  ),
);
/** Peoples' names, in COMMON, that may still start a longer name ("Türk Hava Yolları"). */
const ETHNONYMS = new Set([
  "türk",
  "rus",
  "kazak",
  "tatar",
  "özbek",
  "kırgız",
  "türkmen",
  "azeri",
  "tacik",
  "uygur",
  "başkurt",
  "gagavuz",
]);
/** Regions of the world: "Orta Asya", "Güney Kafkasya". */
const REGION = /^(asya|avrupa|afrika|amerika|kafkasya|kafkaslar|balkanlar|ortadoğu)/u;

/** The head word of a name says what it names: "Manas Üniversitesi", "BRICS Zirvesi". */
const HEADS: [RegExp, EntityType][] = [
  // "Alabuga Özel Ekonomi Bölgesi", "Petrokimya Bölgesi": a zone set up for an industry is a project.
  [/^(ekonomik?|sanayi|endüstri|petrokimya|teknoloji|serbest|lojistik|organize) bölge/u, "project"],
  [/^(bölüm|fakülte)/u, "organisation"],
  // "Manisa OSB", "Kazak-Türk ortak OSB'sinde": an organised industrial zone.
  // "“Alabuga” SEZ'in": a special economic zone by its acronym.
  [/^(osb|sez|öeb)$/u, "project"],
  // "Kongre Merkezi", "İş Merkezi": a building, before "merkez" as a body and "kongre" as an event.
  [/^(kongre|iş|ticaret|alışveriş|lojistik|fuar|expo|sergi) merkez/u, "place"],
  // "Gülnar İlçe Belediyesi": a town's council, though "ilçe" alone is a place.
  [/^(il|ilçe|büyükşehir|şehir|köy|belde) belediye/u, "organisation"],
  [
    /^(forum|zirve|fuar|günler|festival|koridor|proje|fabrika|tesis|santral|boru|hattı|rafineri|kongre|konferans|sergi|savaş|haftas|toplantı|demiryol|otoyol|köprü|tünel|baraj|anlaşma|antlaşma|mütareke)/u,
    "project",
  ],
  [
    /^(üniversite|komisyon|konsey|bakanlı|başbakanlı|kurul|temsilcili|büyükelçili|başkonsoloslu|konsoloslu|ajans|federasyon|merkez|oda|parti|teşkilat|örgüt|gazete|birliğ|derne|vakf|vakıf|enstitü|akademi|tiyatro|müze|kulüb|meclis|belediye|müdürlüğ|başkanlığ|fonu|fonl|fon$)/u,
    "organisation",
  ],
  [
    /^(havaliman|havaalan|meydan|bölge|vadi|saray|liman|cadde|sokağ|sokak|bulvar|nehir|şehr|şehir|kent|ilçe|köy|eyalet|vilayet|okyanus|deniz|körfez|boğaz|yarımada|mahalle|semt|restoran|restaurant|otel|hotel|stadyum|stadı|cami|kilise|türbe|külliye)/u,
    "place",
  ],
  // Short heads only as whole words ("Ovacık" and "Adana" are names, "Ovası" and "Adası" heads).
  [/^(ada|dağ|göl|çöl|ova)(s?[ıiuü]|lar[ıi]?)?(n?(d[ae]|[ae]|d[ae]n|[ıiuü]n))?$/u, "place"],
  [
    /^(holding|şirket|a\.ş|yollar|havayol|bank|grup|grub|group|otomotiv|ltd|llc|inc|construction|inşaat|energy|tekstil|textile|lojistik|logistics|motors|airlines|corporation|corp)/u,
    "company",
  ],
];

/** A head of two words: "Kongre Merkezi" is a building though "kongre" is an event. */
function pairHead(folded: string, previous: string): EntityType | undefined {
  const two = `${previous} ${folded}`;
  for (const [re, type] of HEADS) if (re.source.includes(" ") && re.test(two)) return type;
  return undefined;
}

function headType(folded: string, previous = ""): EntityType | undefined {
  // "İş birliği" is cooperation, not a union.
  if (previous === "iş" && /^birliğ/u.test(folded)) return undefined;
  // A bare plural names no one thing: "Bölgesel Projeler", "Yeni Fabrikalar" ("Günleri" has its
  // possessive and names the days of a place).
  if (/l[ae]r$/u.test(folded)) return undefined;
  const pair = pairHead(folded, previous);
  if (pair) return pair;
  const two = `${previous} ${folded}`;
  for (const [re, type] of HEADS) if (re.test(two) || re.test(folded)) return type;
  return undefined;
}

/** Words that end a company's name after its head: "Rusatom Energy International". */
const CORPORATE_TAIL =
  /^([iı]nternational|global|group|grup|holding|ltd|limited|inc|llc|corp|co|gmbh|şti)$/u;

const PERSON_TYPES: ReadonlySet<EntityType> = new Set(["leader", "person"]);

/** Honorifics between an office and its holder: "Büyükelçi", "Prof. Dr.". */
const HONORIFIC = /^(büyükelçi|prof|dr|doç|sayın|general|tuğgeneral)$/u;

/** What a zone is set up for: "endüstri bölgesi", "serbest bölge". */
const ZONE = /^(ekonomik?|sanayi|endüstri|petrokimya|teknoloji|serbest|lojistik|organize)$/u;

/** Adjectives that start names: "Yeni Namangan", "Büyük Britanya", "Kara Deniz". */
const NAME_ADJECTIVE =
  /^(yeni|eski|büyük|küçük|orta|ulu|yüce|kara|ak|yeşil|kızıl|yukarı|aşağı|kuzey|güney|doğu|batı|dünya)$/u;

/** Directions that start a place's name: "Yukarı Karabağ", "Güney Kafkasya", "Doğu Türkistan". */
const DIRECTION_FIRST = /^(yukarı|aşağı|kuzey|güney|doğu|batı)$/u;

/**
 * Participles whose place is in the locative and never in another case: "Almatı'da düzenlenen",
 * "Bakü'de bulunan", "Kazan'da gerçekleştirilen", "Astana'da yaşayan", "Ankara'da toplanan".
 */
const LOCATIVE_PARTICIPLE =
  /^(düzenlen|gerçekleştiril|gerçekleş|bulun|yaşa|toplan)y?([ae]n|[ae]c[ae]k|[dt][ıiuü][gğ][ıiuü]|[ae]c[ae][gğ][ıi])/u;

/** Possessive head nouns end in a vowel: "Konseyi", "Forumu"; their case endings take n. */
const POSSESSIVE_END = /[ıiuü]$/u;

/**
 * A case ending that can be taken off a name written without its apostrophe, read from the word
 * alone: one that starts with d/t (locative, ablative, "-daki": "Almatıda", "Şımkentten") after a
 * stem of four letters or more or one ending in a vowel ("Özden", "Kaptan" stay whole), or one
 * that starts with its buffer consonant after a vowel ("Aktauya", "Buharanın", "Kerkiyi"). Never a
 * bare vowel or "-in" after a consonant ("Konya", "Metin", "Berlin"), nor a plural.
 */
function lostEnding(stem: string, ending: string, form: SuffixForm): boolean {
  if (form.plural || form.confidence !== 1 || form.case === "nominative" || stem.length < 3)
    return false;
  const vowelEnd = /[aeıioöuü]$/u.test(stem);
  if (/^[dt]/u.test(ending))
    return (
      (form.case === "locative" || form.case === "ablative" || form.case === "relative") &&
      (vowelEnd || stem.length >= 4)
    );
  return vowelEnd && /^[yn]/u.test(ending);
}

/** The length of a case ending lostEnding accepts on a folded word, or 0. */
function lostCut(folded: string): number {
  for (let cut = Math.min(6, folded.length - 3); cut >= 2; cut--) {
    const stem = folded.slice(0, folded.length - cut);
    const ending = folded.slice(-cut);
    const form = suffixesFor(stem).get(ending);
    if (form && lostEnding(stem, ending, form)) return cut;
  }
  return 0;
}

/**
 * Takes a case suffix off a name the matcher did not know. Without an apostrophe the cut is made
 * only when the article also has the shorter form ("Çavuşoğluna" beside "Çavuşoğlu") or the same
 * stem with another ending ("Aktauya" beside "Aktaudan"), or when the article drops apostrophes
 * (`lost`: its known names take their endings without one, "Kazakistanda") and the ending is one
 * lostEnding accepts; names in news take their apostrophe, so a word without one is most often
 * its own base ("Metin", "Konya").
 */
function baseForm(
  word: string,
  attested: { word: (stem: string) => boolean; stem: (stem: string) => boolean },
  possessiveHead: boolean,
  locativeExpected = false,
  lost: "none" | "oblique" | "all" | "genitive" = "none",
): { base: string; confidence: number; case?: GrammaticalCase } {
  const folded = foldTr(word);
  // First a stem the article writes as a word ("Aksaraya" beside "Aksaray": not "Aksara"+"ya").
  for (const exact of [true, false])
    for (let cut = Math.min(6, folded.length - 3); cut >= 1; cut--) {
      const stem = folded.slice(0, folded.length - cut);
      const ending = folded.slice(-cut);
      // "Çavuşoğlu-na", "Konseyi-nin": a stem ending in a possessive vowel takes the pronominal n.
      const compound = POSSESSIVE_END.test(stem);
      const form =
        suffixesFor(stem).get(ending) ??
        (compound ? suffixesFor(stem, true).get(ending) : undefined);
      if (!form || form.case === "nominative" || form.confidence !== 1) continue;
      // "İş Forumu", "İlişkileri Konferansı": a lone high vowel after a consonant is the compound's
      // possessive, not the accusative (that would be "Forumunu").
      if (possessiveHead && cut === 1 && /^[ıiuü]$/u.test(ending) && !POSSESSIVE_END.test(stem))
        continue;
      if (exact) {
        if (attested.word(stem))
          return {
            base: word.slice(0, word.length - cut),
            confidence: cut === 1 ? 0.6 : 0.8,
            case: form.case,
          };
        continue;
      }
      if (attested.stem(stem) || (possessiveHead && compound && cut >= 2))
        return {
          base: word.slice(0, word.length - cut),
          confidence: cut === 1 ? 0.6 : 0.8,
          case: form.case,
        };
      // "Almatıda düzenlenen forum": the participle takes a place in the locative, so the name
      // before it carries one even where the apostrophe was lost.
      if (locativeExpected && form.case === "locative" && !form.plural && stem.length >= 3)
        return { base: word.slice(0, word.length - cut), confidence: 0.8, case: form.case };
      if (
        lost !== "none" &&
        !possessiveHead &&
        lostEnding(stem, ending, form) &&
        (lost === "all" || form.case !== "genitive")
      )
        return { base: word.slice(0, word.length - cut), confidence: 0.7, case: form.case };
      // "Ordu Tekstilin fabrikası": before a facility in the possessive, a genitive.
      if (lost === "genitive" && form.case === "genitive" && !form.plural && stem.length >= 3)
        return { base: word.slice(0, word.length - cut), confidence: 0.7, case: form.case };
    }
  // "Erman Ilıcağı kabul etti": a name ending in k softens to ğ before a vowel where the
  // apostrophe is lost (with one it stays "Ilıcak'ı").
  const soft = /^(\p{L}{3,})ğ([ıiuü]n?|[ae])$/u.exec(folded);
  if (soft && !possessiveHead && !/^\p{Lu}+$/u.test(word)) {
    const form = suffixesFor(`${soft[1]}k`).get(soft[2]);
    if (form && form.confidence === 1 && (form.case !== "dative" || soft[1].length >= 4)) {
      const cut = word.length - soft[2].length - 1;
      return { base: `${word.slice(0, cut)}k`, confidence: 0.6, case: form.case };
    }
  }
  return { base: word, confidence: 0.7 };
}

/** Lower-case words that end a descriptive project phrase's modifiers ("ilk", "bir", "modern"). */
const NOT_MODIFIER = new Set(
  [
    "bir",
    "ve",
    "ile",
    "bu",
    "şu",
    "o",
    "yeni",
    "modern",
    "büyük",
    "küçük",
    "ilk",
    "en",
    "olan",
    "için",
    "da",
    "de",
    "ki",
    "çok",
    "söz",
    "konusu",
    "ortak",
    "tüm",
    "bütün",
    "her",
    "diğer",
  ].map(foldTr),
);
const FACILITY_HEAD =
  /^(fabrikası|tesisi|santrali|rafinerisi|işletmesi)(n[ıi]n|n[ae]|nd[ae]|nd[ae]n|yl[ae]|n[ıi])?$/u;

/**
 * A lower-case word that may describe a facility before its head: "montaj", "depo", "sera"; not a
 * participle or a "-lık/-lı" adjective ("kurulacak", "Kazan merkezli"), save a trade
 * ("kuyumculuk") and "çok amaçlı" (a compound adjective).
 */
function isModifier(text: string, tokens: Token[], k: number, coveredFlags: Uint8Array): boolean {
  const t = tokens[k];
  const after = tokens[k + 1];
  if (
    coveredFlags[k] === 1 ||
    isUpperStart(t.text) ||
    // A case suffix after an apostrophe ("Türk'ün fabrikası") belongs to the name before.
    isApostrophe(text[t.start - 1]) ||
    /\d/u.test(t.text) ||
    NOT_MODIFIER.has(t.folded) ||
    // A possessor ("ülkenin tarım kompleksi") is not a modifier.
    /n[ıiuü]n$/u.test(t.folded) ||
    !after ||
    !/^\s+$/u.test(text.slice(t.end, after.start))
  )
    return false;
  if (/[cç][ıiuü]l[ıiuü]k$/u.test(t.folded)) return true;
  if (/(l[ıiuü])$/u.test(t.folded) && tokens[k - 1]?.folded === "çok") return true;
  return !/(dığı|diği|duğu|düğü|tığı|tiği|acağı|eceği|lık|lik|luk|lük|lı|li|lu|lü|an|en)$/u.test(
    t.folded,
  );
}

/** "otobüs montaj fabrikası", "yapı malzemeleri üretim tesisi": a facility named by what it makes. */
function facilityPhrases(text: string, tokens: Token[], coveredFlags: Uint8Array) {
  const out: { first: number; last: number; base: string }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const m = FACILITY_HEAD.exec(tokens[i].folded);
    if (!m || coveredFlags[i] === 1) continue;
    let first = i;
    for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
      if (!isModifier(text, tokens, k, coveredFlags)) {
        // "çok amaçlı depo kompleksi": "çok" belongs to the adjective after it.
        if (tokens[k].folded === "çok" && first === k + 1 && /l[ıiuü]$/u.test(tokens[k + 1].folded))
          first = k;
        break;
      }
      first = k;
    }
    if (first === i) continue;
    const head = tokens[i].text.slice(0, m[1].length);
    out.push({
      first,
      last: i,
      base: `${text.slice(tokens[first].start, tokens[i].start)}${head}`,
    });
  }
  return out;
}

/**
 * A lower-case word that names what a facility, zone or department is, in its possessive form and
 * maybe a case: "bölgesinde", "hattının", "kompleksi", "bölümü". The length of the word without
 * the case ending, and what it makes the name, or undefined.
 */
const CLASSIFIER =
  /^((?:fabrika|tesis|komplek|bölge|santral|rafineri|hat|demiryol|köprü|liman|baraj|tünel|bölüm|fakülte|vilayet|eyalet|oblast)(?:s?[ıiuü]|t[ıi]))(n[ıi]n|n[ae]|nd[ae]|nd[ae]n|nd[ae]ki|yl[ae]|n[ıi])?$/u;
function classifierOf(folded: string): { length: number; type: EntityType } | undefined {
  const m = CLASSIFIER.exec(folded);
  if (!m) return undefined;
  // "Balkan vilayeti", "Mangistau oblastı": a province is named with its word.
  if (/^(vilayet|eyalet|oblast)/u.test(m[1])) return { length: m[1].length, type: "place" };
  return { length: m[1].length, type: /^(bölüm|fakülte)/u.test(m[1]) ? "organisation" : "project" };
}

export function suggest(
  sourceId: string,
  text: string,
  tokens: Token[],
  sentences: SentenceSpan[],
  context: SuggestContext,
): Suggestion[] {
  // One walk over tokens and sorted spans: big articles have many of both.
  const spans = [...context.covered].sort((a, b) => a.start - b.start);
  const coveredFlags = new Uint8Array(tokens.length);
  let k = 0;
  let reach = -1;
  for (let n = 0; n < tokens.length; n++) {
    while (k < spans.length && spans[k].start <= tokens[n].start)
      reach = Math.max(reach, spans[k++].end);
    if (tokens[n].end <= reach) coveredFlags[n] = 1;
  }
  const words = new Set(tokens.map((t) => t.folded));
  // Stems a capitalised word without an apostrophe shares with another ending: "Aktauya" and
  // "Aktaudan" both say "Aktau".
  const endingsOf = new Map<string, Set<string>>();
  for (const w of new Set(
    tokens.filter((t) => isUpperStart(t.text) && !isApostrophe(text[t.end])).map((t) => t.folded),
  )) {
    const cut = lostCut(w);
    if (cut === 0) continue;
    const stem = w.slice(0, w.length - cut);
    const set = endingsOf.get(stem) ?? new Set<string>();
    set.add(w.slice(-cut));
    endingsOf.set(stem, set);
  }
  const attested = {
    word: (stem: string) => words.has(stem),
    stem: (stem: string) => (endingsOf.get(stem)?.size ?? 0) >= 2,
  };
  // An article that drops apostrophes: a known name takes its case ending inside the word
  // ("Kazakistanda", "KAMAZın") at least a third as often as after an apostrophe.
  let lostMarks = 0;
  let keptMarks = 0;
  for (const m of context.mentions) {
    if (m.case === "nominative") continue;
    if (/['’`"”»]/u.test(text[tokens[m.last].start - 1] ?? "")) keptMarks++;
    else lostMarks++;
  }
  const lostStyle = lostMarks > 0 && lostMarks * 3 >= keptMarks;
  /** Words the article also writes in lower case: common words wherever they stand. */
  const lowerWords = new Set(tokens.filter((t) => !isUpperStart(t.text)).map((t) => t.folded));
  const mentionByLast = new Map<number, SuggestContext["mentions"][number]>();
  const mentionByFirst = new Map<number, SuggestContext["mentions"][number]>();
  for (const m of context.mentions) {
    mentionByLast.set(m.last, m);
    mentionByFirst.set(m.first, m);
  }
  const titleByLast = new Map<number, SuggestContext["titles"][number]>();
  const titleByFirst = new Map<number, SuggestContext["titles"][number]>();
  for (const t of context.titles) {
    titleByLast.set(t.last, t);
    titleByFirst.set(t.first, t);
  }

  const capitals = (x: Token) => x.text.length > 1 && x.text === x.text.toLocaleUpperCase("tr");
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  // The line under a headline in capitals starts a sentence too, whatever the splitter made of it.
  for (let k = 1; k < tokens.length; k++)
    if (
      text.slice(tokens[k - 1].end, tokens[k].start).includes("\n") &&
      capitals(tokens[k - 1]) &&
      !capitals(tokens[k])
    )
      sentenceStarts.add(tokens[k].start);
  /**
   * A word that opens a sentence, or a quotation that goes on past it ("‘’Birbirimizle yaptığımız
   * ticaret", "“Gelecek vaat eden"); not a name quoted alone ("“Kastamonu” ve").
   */
  const opensSentence = (k: number): boolean => {
    const w = tokens[k];
    if (sentenceStarts.has(w.start)) return true;
    return (
      /(^|[\s:,(])[“"‘'«’]{1,2} ?$/u.test(text.slice(Math.max(0, w.start - 4), w.start)) &&
      !/^[”"’'»]/u.test(text[w.end] ?? "")
    );
  };
  const out = new Map<string, Suggestion>();
  const add = (
    runStart: number,
    runEnd: number,
    base: string,
    type: EntityType,
    confidence: number,
    reason: string,
    relations: PendingRelation[],
  ) => {
    const id = slug(base);
    if (!id) return;
    const s = out.get(id) ?? { id, base, type, confidence, reason, occurrences: [] };
    // A later occurrence with a context word types a name the first left at the default.
    if (s.reason === "default" && reason !== "default")
      [s.type, s.confidence, s.reason] = [type, confidence, reason];
    s.occurrences.push({
      source: sourceId,
      start: runStart,
      end: runEnd,
      text: text.slice(runStart, runEnd),
    });
    if (relations.length) {
      const have = new Set((s.relations ?? []).map((r) => `${r.type} ${r.target}`));
      for (const r of relations)
        if (!have.has(`${r.type} ${r.target}`)) (s.relations ??= []).push(r);
    }
    out.set(id, s);
  };
  /** A project in a sentence with a place in the locative: a facility is there, an event held there. */
  const placedIn = (
    start: number,
    facility: boolean,
    /** The project is itself in the locative: only a place just before its first token counts. */
    locativeAt = -1,
  ): PendingRelation[] => {
    const sentence = sentences[sentenceIndexAt(sentences, start)];
    if (!sentence) return [];
    // Mentions are sorted by start: find the sentence's first one by bisection.
    const ms = context.mentions;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid].start < sentence.start) lo = mid + 1;
      else hi = mid;
    }
    const here = [];
    for (let k = lo; k < ms.length && ms[k].start < sentence.end; k++) here.push(ms[k]);
    return (
      here
        .filter(
          (m) =>
            m.end <= sentence.end &&
            (m.type === "place" || m.type === "country") &&
            m.case === "locative" &&
            (locativeAt < 0 || (m.last < locativeAt && m.last >= locativeAt - 3)),
        )
        // One relation per place, though the sentence names it twice.
        .filter((m, k, all) => all.findIndex((o) => o.entity === m.entity) === k)
        .map((m) => ({
          type: facility ? "located_in" : "held_in",
          target: m.entity,
          trigger: text.slice(m.start, m.end),
        }))
    );
  };
  // A line break joins a name wrapped in two lines ("Registan\nMeydanı"), not a headline in
  // capitals to the sentence under it ("RUS GENEL MÜDÜR KONUŞTU\nAçılışta").
  const joinable = (a: Token, b: Token) => {
    const gap = text.slice(a.end, b.start);
    // A subhead in Title Case ("Bölgesel Projeler ve İşbirliği") does not run into its paragraph.
    if (gap === "\n") return capitals(a) === capitals(b) && headlineAtPos(a.start) !== "title";
    return /^[ \-\u2010\u2011]$|^ - $|^ & $/u.test(gap);
  };
  /**
   * A headline: a line of three or more words all in capitals ("RUS GENEL MÜDÜR KONUŞTU"), or of
   * four or more all capitalised ("Türkiye, Kazakistan İçin Önemli"), or of three or more with
   * lower-case joining words ("Tarım ve Ticaret Üzerine Görüşmeler", "Bölgesel Projeler ve
   * İşbirliği"). There a capital says nothing.
   */
  const headlineCache = new Map<number, "caps" | "title" | "">();
  // Line starts once, found by bisection: a long article with few line breaks stays linear.
  const lineStarts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1))
    lineStarts.push(at + 1);
  const headlineAt = (k: number) => headlineAtPos(tokens[k].start);
  function headlineAtPos(pos: number): "caps" | "title" | "" {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = lineStarts[lo];
    const cached = headlineCache.get(lineStart);
    if (cached !== undefined) return cached;
    const lineEnd = lo + 1 < lineStarts.length ? lineStarts[lo + 1] - 1 : -1;
    const words = text
      .slice(lineStart, lineEnd < 0 ? text.length : lineEnd)
      .split(/[^\p{L}\p{N}'’]+/u)
      .filter((w) => /\p{L}/u.test(w));
    const content = words.filter((w) => !HEADLINE_JOINERS.has(w));
    const kind =
      words.length >= 3 && words.every((w) => w === w.toLocaleUpperCase("tr"))
        ? "caps"
        : content.every((w) => isUpperStart(w)) &&
            (content.length >= 4 || (content.length >= 3 && content.length < words.length))
          ? "title"
          : "";
    headlineCache.set(lineStart, kind);
    return kind;
  }
  /**
   * An ordinal at token k followed by a capitalised word ("11. Zirvesi", "11'inci Zirvesi"):
   * the index of that word, or -1.
   */
  const ordinalAt = (k: number): number => {
    const n = tokens[k];
    if (!n || !/^\d{1,3}$/u.test(n.text)) return -1;
    let w = k + 1;
    if (
      isApostrophe(text[n.end]) &&
      /^(inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü)$/u.test(tokens[w]?.folded ?? "")
    )
      w++;
    else if (!/^\. $/u.test(text.slice(n.end, tokens[w]?.start ?? n.end))) return -1;
    const word = tokens[w];
    if (!word || !isUpperStart(word.text) || coveredFlags[w] === 1) return -1;
    if (w === k + 2 && text.slice(tokens[k + 1].end, word.start) !== " ") return -1;
    return w;
  };

  /**
   * Capitalised words, ordinals or "ve" after token k reach a head word within four: "Devlet
   * Başkanları Konseyi", "Uluslararası Ticaret ve İşletmecilik bölümü".
   */
  const headFollows = (k: number): boolean => {
    for (let m = k + 1; m < Math.min(tokens.length, k + 5); m++) {
      const x = tokens[m];
      if (headType(x.folded) !== undefined) return m > k + 1 || isUpperStart(x.text);
      if (!(isUpperStart(x.text) || /^\d{1,3}$/u.test(x.text) || (x.folded === "ve" && m > k + 1)))
        return false;
    }
    return false;
  };

  /**
   * After a genitive name at token k: a participle of building or running ("kuracağı", "inşa
   * edeceği", "işlettiği") within four words, followed by a facility word; its index, or -1.
   */
  const builderOf = (k: number): number => {
    for (let n = k; n < Math.min(tokens.length, k + 4); n++) {
      if (
        !/^(kur|aç|işlet|inşa|ed|yap|üret)\p{L}*(acağı|eceği|dığı|diği|duğu|düğü|tığı|tiği)$/u.test(
          tokens[n].folded,
        )
      )
        continue;
      for (let m = n + 1; m < Math.min(tokens.length, n + 4); m++)
        if (FACILITY_HEAD.test(tokens[m].folded) || classifierOf(tokens[m].folded)) return n;
      return -1;
    }
    return -1;
  };
  /**
   * Names listed from token k on ("ve X", ", X"), then a plural word that types them
   * ("şirketlerinin", "firmaları"): that type and word.
   */
  const listedBefore = (k: number): { type: EntityType; word: string } | undefined => {
    for (let n = k; n < Math.min(tokens.length, k + 8); n++) {
      const x = tokens[n];
      // One list in one line: words, "ve", commas and quotes between them.
      if (!/^[ \u00a0"“”'‘’,]*$/u.test(text.slice(tokens[n - 1].end, x.start))) return undefined;
      if (x.folded === "ve" || (isUpperStart(x.text) && coveredFlags[n] === 0)) continue;
      // "İndesit ve Bosch gibi büyük firmaların": "gibi" and an adjective before the plural.
      if (LIST_FILLER.test(x.folded)) continue;
      if (n === k || !/l[ae]r/u.test(x.folded)) return undefined;
      for (const [re, type] of AFTER) if (re.test(x.folded)) return { type, word: x.text };
      return undefined;
    }
    return undefined;
  };

  /** The token before any honorifics ending at k: "Müdürü Prof. Dr. İlber Ortaylı" -> "Müdürü". */
  const beforeHonorifics = (k: number): number => {
    while (k > 0 && HONORIFIC.test(tokens[k].folded)) k--;
    return k;
  };

  /** Token k ends a portfolio: "Bakan", "Bakanı" follows, maybe after "ve" and more words. */
  const portfolioBefore = (k: number): boolean => {
    for (let n = k + 1; n < Math.min(tokens.length, k + 5); n++) {
      if (text.slice(tokens[n - 1].end, tokens[n].start) !== " ") return false;
      if (/^bakan(ı|lar|ları)?$/u.test(tokens[n].folded)) return true;
      if (tokens[n].folded !== "ve" && !isUpperStart(tokens[n].text)) return false;
    }
    return false;
  };

  /** Capitalised words of the article, folded: the stems of "Manisalı", "Ankaralılar". */
  const upperWords = new Set(tokens.filter((x) => isUpperStart(x.text)).map((x) => x.folded));
  /**
   * A capitalised run from i to j that is no name by its form: a people in the plural
   * ("Türkler"), a holiday ("Zafer Bayramı", "Bağımsızlık Günü", also "Bağımsızlık ve Zafer
   * Bayramı"), a unit after a number ("1574 MW"), an adjective ("Tarafsız Türkmenistan"), a noun
   * that is "ours" or "yours" ("Ata Yurdunuzda", "Cumhurbaşkanımız"), or someone from a place
   * the article names ("Manisalı işadamları").
   */
  const notAWord = (i: number, j: number, allCaps: boolean): boolean => {
    const w = tokens[i];
    const last = tokens[j].folded;
    if (HOLIDAY.test(last)) return true;
    if (tokens[j + 1]?.folded === "ve")
      for (let k = j + 2; k < Math.min(tokens.length, j + 5) && isUpperStart(tokens[k].text); k++)
        if (HOLIDAY.test(tokens[k].folded)) return true;
    if (PERSONAL_POSSESSIVE.test(last) && !isApostrophe(text[tokens[j].end])) return true;
    if (i !== j) return false;
    const plural = /^(\p{L}+?)l[ae]r/u.exec(w.folded);
    if (plural && ETHNONYMS.has(plural[1])) return true;
    if (allCaps && w.text.length <= 3 && /^\d+([.,]\d+)?$/u.test(tokens[i - 1]?.text ?? ""))
      return true;
    if (allCaps) return false;
    if (/(sız|siz|suz|süz)$/u.test(w.folded)) return true;
    // "Doğuda Kazakistan, Batıda Türkiye": a direction alone is no place's name.
    if (
      /^(doğu|batı|kuzey|güney)(d[ae]|d[ae]n|y[ae]|[ıiuü]|s[ıiuü]|s[ıiuü]nd[ae]|n[ıiuü]n)?$/u.test(
        w.folded,
      )
    )
      return true;
    // "Türkiyedir": a name the article writes without the copula is that name, already known.
    const copula = /^(\p{L}{3,})[dt][ıiuü]r$/u.exec(w.folded);
    if (copula && words.has(copula[1])) return true;
    const from = /^(\p{L}{3,}?)(lı|li|lu|lü)(lar|ler)?$/u.exec(w.folded);
    return from !== null && upperWords.has(from[1]);
  };

  /** "ortak" then a capitalised head word at k: "Kazak-Türk ortak OSB", "... ortak Üniversitesi". */
  const jointAt = (k: number): boolean => {
    const head = tokens[k + 1];
    return (
      tokens[k]?.folded === "ortak" &&
      head !== undefined &&
      isUpperStart(head.text) &&
      coveredFlags[k + 1] === 0 &&
      text.slice(tokens[k].end, head.start) === " " &&
      headType(head.folded) !== undefined
    );
  };

  /** Capitalised words standing without "bölgesi" after them: "Oş" in "Oş'un valisi". */
  const aloneCount = new Map<string, number>();
  tokens.forEach((x, k) => {
    if (!isUpperStart(x.text)) return;
    let n = k + 1;
    if (isApostrophe(text[x.end])) n++;
    if (/^bölge/u.test(tokens[n]?.folded ?? "")) return;
    aloneCount.set(x.folded, (aloneCount.get(x.folded) ?? 0) + 1);
  });
  /** A lower-case facility word in the possessive at k: "fabrikası", "boru hattı", "tesisleri". */
  const ownedFacility = (k: number): boolean => {
    const w = tokens[k];
    return (
      w !== undefined &&
      !isUpperStart(w.text) &&
      text.slice(tokens[k - 1].end, w.start) === " " &&
      (FACILITY_HEAD.test(w.folded) || classifierOf(w.folded) !== undefined)
    );
  };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const nextUp = tokens[i + 1];
    // "Türk Hava Yolları": a people's name may start a longer name.
    // "Rus-Türk İş Forumu": two peoples joined by a hyphen start one too.
    const startsName =
      ETHNONYMS.has(t.folded) &&
      nextUp !== undefined &&
      isUpperStart(nextUp.text) &&
      coveredFlags[i + 1] === 0 &&
      ((!COMMON.has(nextUp.folded) && /^ $/u.test(text.slice(t.end, nextUp.start))) ||
        (/^[-\u2010\u2011]$/u.test(text.slice(t.end, nextUp.start)) &&
          (isUpperStart(tokens[i + 2]?.text ?? "") || jointAt(i + 2)) &&
          /^ $/u.test(text.slice(nextUp.end, tokens[i + 2]?.start ?? nextUp.end))));
    if (
      !isUpperStart(t.text) ||
      coveredFlags[i] === 1 ||
      (COMMON.has(t.folded) &&
        !startsName &&
        // "Devlet Başkanları Konseyi Toplantısı": a common word may start a name with a head.
        !(NAME_INTERNAL.has(t.folded) && headFollows(i) && joinable(t, tokens[i + 1]))) ||
      /^\d/u.test(t.text) ||
      // "O gün": a pronoun of one letter.
      (t.text.length === 1 && text[t.end] !== "." && !/\p{L}/u.test(text[t.end] ?? "")) ||
      (notAName(text, t) && !(i > 0 && ordinalAt(i - 1) === i)) ||
      // "30 Ağustos Zafer Bayramı": a date's month is not part of the name after it.
      (CALENDAR.has(t.folded) && /^\d{1,2}$/u.test(tokens[i - 1]?.text ?? "")) ||
      // "Batıda Türkiye": a direction in a case says where, it starts no name.
      /^(doğu|batı|kuzey|güney)(d[ae]|d[ae]n|y[ae])$/u.test(t.folded) ||
      // "İl Temsilcisi", "Program Koordinatörü": part of the office.
      (OFFICE_QUALIFIER.test(t.folded) &&
        tokens[i + 1] !== undefined &&
        (OFFICE.test(tokens[i + 1].folded) || titleByFirst.has(i + 1)))
    ) {
      i++;
      continue;
    }
    // "2. Karabağ Savaşı": a name after an ordinal counts only with a head word that says what
    // it names; "10. Toplantısı" alone is none.
    const afterOrdinal = i > 0 && ordinalAt(i - 1) === i;
    const personRun = titleByLast.has(beforeHonorifics(i - 1));
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1];
      // "Konseyi 11. Zirvesi", "Konseyi 11'inci Zirvesi": an ordinal inside a name.
      const ordinal = ordinalAt(j + 1);
      if (
        ordinal > 0 &&
        joinable(tokens[j], next) &&
        headType(tokens[ordinal].folded) !== undefined
      ) {
        j = ordinal;
        continue;
      }
      // "Manisa İl Temsilcisi", "Bişkek Program Koordinatörü": a word that qualifies an office
      // belongs to the office, not to the name before it.
      if (
        OFFICE_QUALIFIER.test(next.folded) &&
        tokens[j + 2] !== undefined &&
        (OFFICE.test(tokens[j + 2].folded) || titleByFirst.has(j + 2))
      )
        break;
      // "Kazak-Türk ortak OSB": "joint" before the head word stays inside.
      if (jointAt(j + 1) && /^ $/u.test(text.slice(tokens[j].end, next.start))) {
        j += 2;
        continue;
      }
      // "Ticaret ve Sanayi Odası": a lower-case "ve" between capitalised words stays inside,
      // but not after a person named by a title ("Müşaviri Hikmet Hacıyev ve Bakü
      // Büyükelçiliği" are two names).
      if (
        !personRun &&
        next.folded === "ve" &&
        headType(tokens[j].folded) === undefined &&
        tokens[j + 2] &&
        isUpperStart(tokens[j + 2].text) &&
        coveredFlags[j + 2] === 0 &&
        /^ $/u.test(text.slice(tokens[j].end, next.start)) &&
        headType(tokens[j + 2].folded) === undefined &&
        // "Aşkabat ve Bakü deniz sınırı": the head is a capitalised word of the name, or a word
        // for a department ("İlişkiler ve Diplomasi bölümü").
        tokens
          .slice(j + 2, j + 5)
          .some(
            (x) =>
              (isUpperStart(x.text) || classifierOf(x.folded) !== undefined) &&
              headType(x.folded) !== undefined,
          )
      ) {
        j += 2;
        continue;
      }
      const hyphen = /^[-\u2010\u2011]$/u.test(text.slice(tokens[j].end, next.start));
      // "Ersin Tatar", "Mercedes-Benz Türk'ün": a people's name ending a name is a surname or
      // part of it; "Devlet Başkanları Konseyi": a common word inside a name before its head.
      const after = tokens[j + 2];
      const endsName =
        ETHNONYMS.has(next.folded) &&
        (isApostrophe(text[next.end]) ||
          !after ||
          !isUpperStart(after.text) ||
          !joinable(next, after));
      const inside = NAME_INTERNAL.has(next.folded) && headFollows(j + 1);
      // "Baku Build-2021", "Expo-2020": a year joined by a hyphen ends the name.
      if (
        hyphen &&
        /^\d{4}$/u.test(next.text) &&
        !/^[-\u2010\u2011\p{L}\p{N}]/u.test(text[next.end] ?? "")
      ) {
        j++;
        break;
      }
      if (
        !isUpperStart(next.text) ||
        coveredFlags[j + 1] === 1 ||
        notAName(text, next) ||
        (COMMON.has(next.folded) && !hyphen && !endsName && !inside) ||
        !joinable(tokens[j], next) ||
        // "Bişkekteki Kırgız-Türk ...": a word in the -ki case ends its own name.
        /[dt][ae]ki$/u.test(tokens[j].folded) ||
        // "Şımkentten Taraza": where apostrophes are dropped, a case ending ends the name.
        (lostStyle && lostCut(tokens[j].folded) > 0)
      )
        break;
      // A place word ends a name: "Cumhurbaşkanlığı Sarayı Akorda" is the palace, then Akorda;
      // not one that makes a head with the next word ("Gülnar İlçe Belediyesi").
      if (
        headType(tokens[j].folded) === "place" &&
        j > i &&
        pairHead(next.folded, tokens[j].folded) === undefined
      )
        break;
      j++;
    }
    // "Heyet Çavuşoğluna", "Öğrenciler Manas Üniversitesi'nde": a sentence-initial common noun
    // (plural or in a case) is not part of the name after it.
    if (
      j > i &&
      opensSentence(i) &&
      t.text !== t.text.toLocaleUpperCase("tr") &&
      // "Sözleşmeyi Kalyon Holding imzaladı": an object in the accusative too.
      (/(ler|lar|leri|ları|da|de|ta|te|dan|den|tan|ten|y[ıiuü])$/u.test(t.folded) ||
        // "Heyet Kerki'ye gitti" where the article also writes "heyet": a common noun (an
        // adjective may start a name: "Yeni Namangan", "Orta Asya").
        (lowerWords.has(t.folded) && !NAME_ADJECTIVE.test(t.folded)) ||
        // "Foruma TİKA Başkanı ...", "Törende": a word for an event in any case.
        /^(toplantı|etkinli|forum|zirve|tören|konferans|fuar|görüşme|program)\p{L}+$/u.test(
          t.folded,
        )) &&
      !isApostrophe(text[t.end])
    ) {
      i++;
      continue;
    }
    // "Kazakistan Enerji Bakanı": a portfolio between a country and its office is no name.
    // ("Özbekistan Kuyumcular Federasyonu Başkanı" names a body: its head word says so.)
    if (
      mentionByLast.get(i - 1)?.type === "country" &&
      headType(tokens[j].folded) === undefined &&
      /^(bakan|başkan|müdür|sekreter|müsteşar)/u.test(tokens[j + 1]?.folded ?? "")
    ) {
      i = j + 1;
      continue;
    }
    // "AK Parti Karaman": a body's head word in the middle, and no head after it: the body's
    // name ends there and another name follows.
    for (let p = j - 1; p > i; p--) {
      if (headType(tokens[p].folded) !== undefined && headType(tokens[j].folded) === undefined) {
        const kind = headType(tokens[p].folded);
        // "Rusatom Energy International": a company's legal or trading form still belongs to it.
        const form = kind === "company" && CORPORATE_TAIL.test(tokens[j].folded);
        if ((kind === "organisation" || kind === "company" || kind === "project") && !form) j = p;
        break;
      }
    }
    // "Kalkınma Bakanı X", "Sanayi ve Ticaret Bakan Yardımcısı X": a minister's portfolio, no name
    // (a ministry is named with its head word: "Enerji ve Tabii Kaynaklar Bakanlığı").
    if (!personRun && headType(tokens[j].folded) === undefined && portfolioBefore(j)) {
      i = j + 1;
      continue;
    }
    const allCaps = tokens.slice(i, j + 1).every((x) => x.text === x.text.toLocaleUpperCase("tr"));
    const single = i === j;
    if (
      (single && CALENDAR.has(t.folded)) ||
      (single &&
        opensSentence(i) &&
        !allCaps &&
        !isApostrophe(text[t.end]) &&
        // "Aktauya giden heyet ... Aktaudan döndü": a stem the article gives two endings is a name.
        !(
          lostStyle &&
          (endingsOf.get(t.folded.slice(0, t.folded.length - lostCut(t.folded)))?.size ?? 0) >= 2
        ) &&
        // "Seyitgazi ilçesi Aksaklı Mahallesinde": a word for a town after it makes it a name,
        // unless the article writes the first word in lower case too ("Bölge valisi").
        !(
          !lowerWords.has(t.folded) &&
          text.slice(t.end, tokens[i + 1]?.start ?? t.end) === " " &&
          PLACE_CLASSIFIER.test(tokens[i + 1]?.folded ?? "")
        )) ||
      notAWord(i, j, allCaps)
    ) {
      i = j + 1;
      continue;
    }
    const head = headType(tokens[j].folded, j > i ? tokens[j - 1].folded : "");
    // "10. Toplantısı" alone is a meeting of something named before.
    if (afterOrdinal && (head === undefined || head === "place" || single)) {
      i = j + 1;
      continue;
    }
    // "Emine Erdoğan": a first name before a known person's surname is another person.
    const surname = mentionByFirst.get(j + 1);
    if (
      !head &&
      surname &&
      (surname.type === "leader" || surname.type === "person") &&
      /^ $/u.test(text.slice(tokens[j].end, tokens[j + 1].start))
    ) {
      // The base ends at the surname, before its case suffix ("Emine Erdoğan'ın").
      add(
        tokens[i].start,
        surname.end,
        text.slice(tokens[i].start, surname.end).replace(/['’`][\p{L}]+$/u, ""),
        "person",
        0.5,
        "a first name before a known surname",
        [],
      );
      i = surname.last + 1;
      continue;
    }
    // A name made with known ones: "Türkiye-Özbekistan Karma Ekonomik Komisyonu".
    let first = i;
    const classifier = /^(bölge|şehr|şehir|kent|ilçe|köy|eyalet|vilayet)/u.test(tokens[j].folded);
    if (head && (head !== "place" || !classifier)) {
      // "Kazakistan ve Türkiye İlişkileri Konferansı": two of them joined by "ve".
      const placeBefore = (at: number) => {
        const m = mentionByLast.get(at);
        return m && m.case === "nominative" && (m.type === "country" || m.type === "place")
          ? m
          : undefined;
      };
      for (;;) {
        const before = placeBefore(first - 1);
        // "Özbekistan- Türkiye İşadamları Derneği": a hyphen with a stray space still joins.
        const gap = before ? text.slice(before.end, tokens[first].start) : "";
        if (
          !before ||
          !(joinable(tokens[before.last], tokens[first]) || /^ ?[-\u2010\u2011] ?$/u.test(gap))
        )
          break;
        first = before.first;
        const other = tokens[first - 1]?.folded === "ve" ? placeBefore(first - 2) : undefined;
        if (other && text.slice(tokens[other.last].end, tokens[first].start) === " ve ")
          first = other.first;
      }
    }
    // "2. Karabağ Savaşı": an ordinal before the name of an event or a body.
    if (head && head !== "place") {
      for (let back = first - 1; back >= Math.max(0, first - 2); back--)
        if (ordinalAt(back) === first) {
          first = back;
          break;
        }
    }
    // "Zirve", "Teşkilat", "Bakanlığı" alone: a common noun capitalised for the body or event
    // named before, not a name of its own.
    if (head && first === j && !allCaps) {
      i = j + 1;
      continue;
    }
    const runStart = tokens[first].start;
    let runEnd = tokens[j].end;
    let base = text.slice(runStart, tokens[j].end);
    let baseConfidence = 0.9;
    let next = j + 1;
    /** The case ending taken off a name written without its apostrophe ("Entegrenin"). */
    let lostCase: GrammaticalCase | undefined;
    if (isApostrophe(text[runEnd]) && tokens[j + 1]?.start === runEnd + 1) {
      runEnd = tokens[j + 1].end;
      next = j + 2;
    } else {
      const last = baseForm(
        tokens[j].text,
        attested,
        head !== undefined,
        head === undefined && LOCATIVE_PARTICIPLE.test(foldTr(tokens[j + 1]?.text ?? "")),
        // "Bakan Yerlan Karinin": a person's surname may end in "-in" itself, so a titled name
        // keeps a genitive-looking ending.
        !lostStyle
          ? "none"
          : head !== "project" && ownedFacility(j + 1)
            ? "genitive"
            : titleByLast.has(beforeHonorifics(first - 1))
              ? "oblique"
              : "all",
      );
      base = text.slice(runStart, tokens[j].start) + last.base;
      baseConfidence = last.confidence;
      lostCase = last.case;
    }
    // The holder of an office: "Kırgızistan Büyükelçisi Ruslan Kazakbaev".
    const titleAt = beforeHonorifics(first - 1);
    // "Çalık Holding Başkanı, Balkan vilayetindeki ...": a title before a comma holds no name.
    const title =
      first > 0 && /^\s*$/u.test(text.slice(tokens[titleAt].end, tokens[titleAt + 1].start))
        ? titleByLast.get(titleAt)
        : undefined;
    // "TAP boru hattı", "Bozaryk endüstri bölgesi", "Alsera kz sera kompleksi": a lower-case word
    // for a facility, a zone or a department after a name makes the name; the name before it is
    // often its owner's or its place's, so the facility's own name keeps the word.
    let kind = head;
    let facility =
      head === "project" &&
      /^(fabrika|tesis|santral|boru|hatt|rafineri|koridor|osb$|bölge)/u.test(tokens[j].folded);
    // "Kastamonu Entegrenin fabrikası": a name in the genitive owns the facility, not names it.
    if (!head && !title && next === j + 1 && lostCase !== "genitive") {
      // "(TAP) boru hattı": a name in parentheses before the word too.
      const bracketed = text[runStart - 1] === "(" && text.slice(runEnd, runEnd + 2) === ") ";
      for (let k = next; k <= next + 2 && k < tokens.length; k++) {
        const gap = text.slice(tokens[k - 1].end, tokens[k].start);
        if (gap !== " " && !(k === next && bracketed && gap === ") ")) break;
        const c = isUpperStart(tokens[k].text) ? undefined : classifierOf(tokens[k].folded);
        // "Kerki endüstri bölgesi" is a zone; "Oş bölgesi" is the province when the article also
        // names the city alone ("Oş'un valisi"); "Kerki bölgesinde" alone leaves Kerki a place.
        const region = k === next && (aloneCount.get(tokens[j].folded) ?? 0) > 0 && j === i;
        const zone =
          !/^bölge/u.test(tokens[k].folded) ||
          (k > next && ZONE.test(tokens[k - 1].folded)) ||
          region;
        if (c && zone) {
          base = `${text.slice(runStart, tokens[j].end)} ${text.slice(tokens[next].start, tokens[k].start)}${tokens[k].text.slice(0, c.length)}`;
          runEnd = tokens[k].end;
          for (let n = next; n <= k; n++) coveredFlags[n] = 1;
          next = k + 1;
          kind = region && /^bölge/u.test(tokens[k].folded) ? "place" : c.type;
          facility = kind === "project";
          break;
        }
        if (!isModifier(text, tokens, k, coveredFlags)) break;
      }
    }
    // "Çolpan-Ata": words joined by a hyphen alone are one place's name more often than a person's.
    const hyphenOnly =
      j > i &&
      tokens
        .slice(i + 1, j + 1)
        .every((x, k) => /^[-\u2010\u2011]$/u.test(text.slice(tokens[i + k].end, x.start)));
    let type: EntityType =
      kind ?? (j > i && !hyphenOnly ? "person" : allCaps ? "organisation" : "place");
    let typeConfidence = kind ? 0.7 : 0.3;
    let reason = kind ? tokens[next - 1].text : "default";
    if (head) reason = tokens[j].text;
    const relations: PendingRelation[] = [];
    // A word after a comma or a line break is in another phrase ("Gizligider, Cumhurbaşkanımız").
    const after =
      tokens[next] && /^[”"’'»)]? $/u.test(text.slice(tokens[next - 1].end, tokens[next].start))
        ? tokens[next].folded
        : "";
    const beforeWord = first > 0 ? tokens[titleAt].folded : "";
    if (!kind && title && j > i) {
      type =
        title.relation === "leader_of" || title.relation === "former_leader_of"
          ? "leader"
          : "person";
      typeConfidence = 0.8;
      reason = title.text;
      // "Özbekistan'ın Ankara Büyükelçisi": a posted office belongs to the country before the city.
      // The owner may stand before portfolio words ("Kazakistan Enerji Bakanı", "Rusya Sanayi ve
      // Ticaret Bakan Yardımcısı"), in the same line: "Ankara\nCumhurbaşkanlığı İletişim
      // Başkanı" is a dateline, then an office of the presidency.
      // A body's head word on the way ("Ticaret ve Sanayi Odası Başkanı") makes that unknown body
      // the owner: none to wait for here.
      let ownerAt = title.first - 1;
      let body = false;
      for (let step = 0; step < 4 && ownerAt > 0 && !mentionByLast.has(ownerAt); step++) {
        const w = tokens[ownerAt];
        if (headType(w.folded) !== undefined) body = true;
        if (body || !(/^\p{Lu}/u.test(w.text) || w.folded === "ve")) break;
        const gapStart = mentionByLast.get(ownerAt - 1)?.end ?? tokens[ownerAt - 1].end;
        if (text.slice(gapStart, w.start) !== " ") break;
        ownerAt--;
      }
      const found = body ? undefined : mentionByLast.get(ownerAt);
      const nextTo =
        found && /^ ?$/u.test(text.slice(found.end, tokens[found.last + 1]?.start ?? found.end));
      // A person before the title is another person ("İlham Aliyev, Dışişleri Bakanı X").
      const post = found && nextTo && !PERSON_TYPES.has(found.type) ? found : undefined;
      const sender = post && post.type === "place" ? mentionByLast.get(post.first - 1) : undefined;
      const owner =
        sender &&
        /^(büyükelçi|başkonsolos|konsolos|ataşe|temsilci)/u.test(foldTr(title.text)) &&
        (sender.type === "country" || sender.type === "organisation") &&
        (sender.case === "genitive" || sender.case === "nominative")
          ? sender
          : post;
      if (owner && title.relation)
        relations.push({
          type:
            owner.type === "company" || owner.type === "organisation"
              ? "official_of"
              : (title.relation as RelationType),
          target: owner.entity,
          trigger: text.slice(owner.start, tokens[title.last].end),
        });
    } else if (!kind) {
      // "Mercedes-Benz Türk'ün fabrikası": whose factory it is, a company.
      const genitive =
        (next === j + 2 && /^n?[ıiuü]n$/u.test(tokens[j + 1].folded)) || lostCase === "genitive";
      // "Bişkek'te Cumhurbaşkanlığı ...": a place in the locative, not "Kırgızistan Cumhurbaşkanı".
      const oblique = (next === j + 2 || lostCase !== undefined) && !genitive;
      // "Vali Nurbek Aliev projeleri anlattı": a title before a person's name outweighs the word
      // after it.
      const titled = single
        ? undefined
        : BEFORE.find(([re, ty]) => PERSON_TYPES.has(ty) && re.test(beforeWord));
      if (titled) [type, typeConfidence, reason] = [titled[1], titled[2], tokens[titleAt].text];
      for (const [re, ty, c] of titled ? [] : AFTER) {
        if (oblique && ty === "country") continue;
        // "Ahmet Koçak'ın şirketi": whose company it is says nothing of what the owner is.
        if (genitive && ty === "company") continue;
        if (re.test(after)) {
          [type, typeConfidence, reason] = [
            genitive && ty === "project" ? "company" : ty,
            c,
            tokens[next].text,
          ];
          break;
        }
      }
      // "Mercedes-Benz Türk'ün, Semerkant'ta kuracağı otobüs fabrikası": whoever builds or runs a
      // facility, the subject of the participle before it, is a company.
      if (reason === "default" && genitive) {
        const built = builderOf(next);
        if (built >= 0) [type, typeConfidence, reason] = ["company", 0.6, "builds"];
      }
      // "“Baku Build-2021” inşaat fuarı": a title in quotes before a word for an event or a
      // facility (maybe after one word saying what of) is that event's or facility's name.
      const quoted =
        /^[“"'‘«]$/u.test(text[runStart - 1] ?? "") && /^[”"'’»]$/u.test(text[runEnd] ?? "");
      if (reason === "default" && quoted) {
        for (let k = next; k <= next + 1 && k < tokens.length; k++) {
          if (headType(tokens[k].folded) === "project" && !isUpperStart(tokens[k].text)) {
            [type, typeConfidence, reason] = ["project", 0.6, tokens[k].text];
            break;
          }
          if (!isModifier(text, tokens, k, coveredFlags)) break;
        }
      }
      // "“Kastamonu” ve “Polimeks” şirketlerinin", "A, B ve C firmaları": names listed before a
      // plural word share what it says of them.
      if (reason === "default") {
        const shared = listedBefore(next);
        if (shared) [type, typeConfidence, reason] = [shared.type, 0.6, shared.word];
      }
      if (reason === "default") {
        for (const [re, ty, c] of BEFORE) {
          if (re.test(beforeWord)) {
            [type, typeConfidence, reason] = [ty, c, tokens[titleAt].text];
            break;
          }
        }
      }

      if (reason === "default" && !single && DIRECTION_FIRST.test(tokens[i].folded)) {
        [type, typeConfidence, reason] = ["place", 0.6, tokens[i].text];
      } else if (reason === "default" && single && /istan$/u.test(foldTr(base))) {
        [type, typeConfidence, reason] = ["country", 0.6, "-istan"];
      } else if (reason === "default" && REGION.test(foldTr(tokens[j].text))) {
        [type, typeConfidence, reason] = ["place", 0.6, tokens[j].text];
      } else if (
        reason === "default" &&
        ((text[runStart - 1] === "/" && text[runEnd] === "/") ||
          (text[runStart - 1] === "(" &&
            text[runEnd] === ")" &&
            first > 0 &&
            capitals(tokens[first - 1]) &&
            opensSentence(first - 1)))
      ) {
        // A news agency after a dateline: "BİŞKEK, 28 Kasım 2018 /Kabar/.", "ANKARA (AA) -".
        [type, typeConfidence, reason] = ["organisation", 0.6, "news agency"];
      } else if (
        reason === "default" &&
        single &&
        allCaps &&
        sentenceStarts.has(t.start) &&
        /^(,| \(| -)/u.test(text.slice(runEnd, runEnd + 2))
      ) {
        // A dateline: "TAŞKENT, 14 Nisan", "ANKARA (AA) -".
        [type, typeConfidence, reason] = ["place", 0.7, "dateline"];
      } else if (
        reason === "default" &&
        single &&
        first > 0 &&
        /^\p{Lu}$/u.test(tokens[first - 1].text) &&
        text[tokens[first - 1].end] === "."
      ) {
        [type, typeConfidence, reason] = ["person", 0.6, "an initial"];
      } else if (
        // "Cumhurbaşkanlığı İletişim Başkanı", "Sasa Polyester Genel Müdürü": words before an
        // office name the body it belongs to; a person's name follows the office, not before it.
        reason === "default" &&
        !single &&
        tokens[next] !== undefined &&
        isUpperStart(tokens[next].text) &&
        (OFFICE.test(after) || titleByFirst.has(next)) &&
        text.slice(tokens[j].end, tokens[next].start) === " "
      ) {
        // A board of directors ("Konya Şeker Yönetim Kurulu Başkanı") is a company's.
        const board = /^(yönetim|icra) kurulu/u.test(
          foldTr(text.slice(tokens[next].start, tokens[next + 1]?.end ?? tokens[next].end)),
        );
        [type, typeConfidence, reason] = [
          board ? "company" : "organisation",
          0.5,
          tokens[next].text,
        ];
      }
    }
    // A headline's capitals are its style: only a head word or a context word makes a name there.
    const headline = headlineAt(i);
    // A plural head in a subhead is a topic, not a name: "Eğitim ve Sağlık Projeleri".
    if (
      (headline === "caps" && !kind) ||
      (headline === "title" &&
        (reason === "default" || (head !== undefined && /l[ae]r/u.test(tokens[j].folded))))
    ) {
      i = next;
      continue;
    }
    // "Manisa OSB'deki firmalar Kazakistan'da da ...": a project that is itself where something is
    // (in the locative) takes a place only from right before it ("Kazakistan'da kurulan ... OSB'sinde").
    if (type === "project")
      relations.push(
        ...placedIn(
          runStart,
          facility,
          next === j + 2 && /[dt][ae](ki)?$/u.test(tokens[j + 1].folded) ? first : -1,
        ),
      );
    add(
      runStart,
      runEnd,
      base,
      type,
      Math.round(baseConfidence * typeConfidence * 100) / 100,
      reason,
      relations,
    );
    i = next;
  }

  // Facilities named by what they make, with the place the sentence puts them in.
  for (const f of facilityPhrases(text, tokens, coveredFlags)) {
    const start = tokens[f.first].start;
    add(
      start,
      tokens[f.last].end,
      f.base,
      "project",
      0.5,
      "fabrikası/tesisi",
      placedIn(start, true),
    );
  }
  return mergeSpellings(text, tokens, [...out.values()]);
}

/**
 * One suggestion per thing named: a person's surname alone ("Tasmagambetov" after "İmangali
 * Tasmagambetov"), an acronym in parentheses after a name ("Rusatom Energy International
 * (REIN)") and a company's first word alone ("Rusatom") join the full name as its other spellings.
 * A surname two suggested people share, or a word typed otherwise by its own context, stays apart.
 */
function mergeSpellings(text: string, tokens: readonly Token[], all: Suggestion[]): Suggestion[] {
  // Where each capitalised word stands alone, not after the word it follows in a name (one index
  // of the article's capitalised words, so many people in a long article stay linear).
  const at = new Map<string, number[]>();
  tokens.forEach((t, k) => {
    if (!isUpperStart(t.text)) return;
    const list = at.get(t.folded);
    if (list) list.push(k);
    else at.set(t.folded, [k]);
  });
  const alone = (word: string, before: string) =>
    (at.get(word) ?? []).some((k) => tokens[k - 1]?.folded !== before);
  const byBase = new Map<string, Suggestion>();
  for (const s of all) if (!s.base.includes(" ")) byBase.set(foldTr(s.base), s);
  const merged = new Set<Suggestion>();
  const join = (into: Suggestion, from: Suggestion | undefined) => {
    if (!from || from === into || merged.has(from) || merged.has(into)) return;
    merged.add(from);
    for (const o of from.occurrences) into.occurrences.push(o);
    into.occurrences.sort((a, b) => a.start - b.start);
    (into.aliases ??= []).push(from.base);
    for (const r of from.relations ?? [])
      if (!(into.relations ?? []).some((x) => x.type === r.type && x.target === r.target))
        (into.relations ??= []).push(r);
  };
  const people = new Map<string, Suggestion[]>();
  for (const s of all) {
    const words = s.base.split(" ");
    if (words.length < 2) continue;
    // A person named by a title or a context word, or a name typed only by what it did ("X'in
    // kurduğu fabrika") that the article then calls by its last word alone, as it does people.
    const last = foldTr(words[words.length - 1]);
    const person = (s.type === "person" || s.type === "leader") && s.reason !== "default";
    const weak =
      s.reason === "builds" &&
      words.length <= 3 &&
      headType(last) === undefined &&
      !COMMON.has(last) &&
      !ETHNONYMS.has(last);
    if (person || weak) {
      const owners = people.get(last);
      if (owners) owners.push(s);
      else people.set(last, [s]);
    }
    // "(REIN)" right after the name.
    for (const o of s.occurrences) {
      const m = /^ \((\p{Lu}[\p{Lu}\d]{1,9})\)/u.exec(text.slice(o.end, o.end + 14));
      if (m) join(s, byBase.get(foldTr(m[1])));
    }
    const first = byBase.get(foldTr(words[0]));
    if (s.type === "company" && first?.reason === "default") join(s, first);
  }
  for (const [last, owners] of people) {
    if (owners.length !== 1) continue;
    const [owner] = owners;
    const words = owner.base.split(" ");
    if (!alone(last, foldTr(words[words.length - 2]))) continue;
    if (owner.reason === "builds") [owner.type, owner.reason] = ["person", "surname"];
    const single = byBase.get(last);
    if (single && (single.reason === "default" || PERSON_TYPES.has(single.type)))
      join(owner, single);
  }
  return all.filter((s) => !merged.has(s));
}
