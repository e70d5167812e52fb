// Writes tests/fixtures/gold/*.json from the hand-written annotations below. Offsets are never typed
// by hand: each mention is found with indexOf in reading order, each sentence by the words it ends
// with. Run with `npx tsx tests/eval/buildGold.ts` after changing an annotation or an article; add
// `--check-graph` to compare the seed's gold with the hand-curated data/graph.json.
//
// Mention notation: "Kazakistan|da" is the written text "Kazakistanda" with a case suffix after the
// bar (suffixed: true); without a bar the mention is unsuffixed. Mentions are listed in reading order;
// a leading "^" marks a mention nested in the previous one ("^Kazakistan" inside "Kazakistan devlet
// başkanı"), which is looked for inside it rather than after it; a leading "?" marks an optional
// mention (a title standing for a person, in the 2xx articles: see tests/fixtures/gold/README.md).
import { writeFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { EntityType, RelationType } from "../../src/model/vocabulary";
import type { GoldArticle, GoldImplied, GoldMention, Span, Split } from "./gold";
import { GOLD_DIR, readArticle } from "./gold";
import { TUNE_2XX, TUNE_31X, TUNE_32X, TUNE_34X, TUNE_3XX } from "./goldTune";
import { UNSEEN } from "./goldUnseen";

export interface ArticleSpec {
  source: string;
  split: Split;
  /** The words each sentence ends with, in order; a sentence starts at the next non-space. */
  sentenceEnds: string[];
  types: Record<string, EntityType>;
  mentions: [entity: string, text: string][];
  relations: [type: RelationType, source: string, target: string][];
  /**
   * Relation endpoints the article names only by an adjective or demonym, with the words that do
   * it: ["turkey", "Türk şirketi"] for "Türk şirketi Alarko Holding" (based_in Turkey).
   */
  implied?: [entity: string, phrase: string][];
}

const SEED: ArticleSpec = {
  source: "000_d7abfb82a5c11602",
  split: "tune",
  sentenceEnds: [
    "Rustam Minnikhanov ile görüştü.",
    "önemli bir yer tuttuğunu belirtti.",
    "sonuçlarını çok takdir etti.",
    "büyük umutlarımız var.",
    "size minnettarız.",
    "olduğuna inanıyorum.",
    "olduğunu kaydetti.",
    "ilgilendiğini belirtti.",
    "saygı duyuyoruz.",
    "popüler.",
    "umuyoruz.",
    "yapacağız dedi.",
    "kararını bildirdi.",
    "biri olacak.",
    "ifade \netti.",
    "aktif olarak destekliyor.",
    "temel atıldı.",
    "saygılarını sundu.",
    "oluşturdu dedi.",
    "değerlendirdiler.",
  ],
  types: {
    tokayev: "leader",
    minnikhanov: "leader",
    shaimiev: "leader",
    nazarbayev: "leader",
    "gabdulla-tukai": "person",
    kazakhstan: "country",
    russia: "country",
    tatarstan: "place",
    "karaganda-region": "place",
    saran: "place",
    "nur-sultan": "place",
    tatneft: "company",
    kamaz: "company",
    kazinform: "organisation",
    gbnews: "organisation",
    "saran-tyre-factory": "project",
    "kazakh-students-in-tatarstan": "project",
    "tatarstan-culture-days": "project",
    "tukai-street": "project",
    "kazakhstan-tatarstan-cooperation": "project",
    "joint-anti-pandemic-effort": "project",
  },
  mentions: [
    ["kazinform", "MIA Kazinform|a"],
    ["gbnews", "GBNews|e"],
    ["tokayev", "Kazakistan devlet başkanı"],
    ["kazakhstan", "^Kazakistan"],
    ["kazakhstan", "Kazakistan|da"],
    ["minnikhanov", "Tataristan Cumhuriyeti Cumhurbaşkanı"],
    ["tatarstan", "^Tataristan Cumhuriyeti"],
    ["minnikhanov", "Rustam Minnikhanov"],
    ["tokayev", "Kasım-Jomart Tokayev"],
    ["tatarstan", "Tataristan"],
    ["russia", "Rusya Federasyonu"],
    ["tokayev", "Kazakistan Cumhurbaşkanı"],
    ["kazakhstan", "^Kazakistan"],
    ["minnikhanov", "Rustam Minnikhanov|un"],
    ["saran", "Saran"],
    ["saran-tyre-factory", "bir lastik üretim fabrikası|nın"],
    ["karaganda-region", "Karaganda bölgesi|ne"],
    ["kazakh-students-in-tatarstan", "Büyük bir Kazakistanlı grubu|nun"],
    ["tatarstan", "Tataristan|da"],
    ["tokayev", "Devlet Başkanı"],
    ["tatneft", "Tatneft|in"],
    ["kamaz", "KAMAZ|ın"],
    ["tokayev", "Kasım-Jomart Tokayev"],
    ["kazakhstan", "Kazakistan|da"],
    ["tatarstan", "Tataristan|ın"],
    ["tatarstan-culture-days", "kültür ve sanat günleri|ni"],
    ["kazakhstan", "Kazakistan|da"],
    ["tokayev", "Devlet başkanı"],
    ["minnikhanov", "Rustam Minnikhanov|a"],
    ["nur-sultan", "Nur-Sultan|ın"],
    ["tukai-street", "sokakları|ndan birine"],
    ["gabdulla-tukai", "Gabdulla Tukai|nin"],
    ["tokayev", "Kasım-Jomart Tokayev|in"],
    ["minnikhanov", "Tataristan Cumhurbaşkanı"],
    ["tatarstan", "^Tataristan"],
    ["russia", "Rusya"],
    ["kazakhstan", "Kazakistan"],
    ["tatarstan", "Tataristan"],
    ["shaimiev", "İlk Başkanımız"],
    ["shaimiev", "Mintimer Şaripovich Şaimiev"],
    ["nazarbayev", "Kazakistanın Birinci Cumhurbaşkanı"],
    ["kazakhstan", "^Kazakistan|ın"],
    ["nazarbayev", "Nursultan Abishevich"],
    ["kazakhstan", "Kazakistan"],
    ["tatarstan", "Tataristan"],
    [
      "kazakhstan-tatarstan-cooperation",
      "ticaret, ekonomik, endüstriyel, \n\n\n\nenerji iş birliği|ni",
    ],
    ["joint-anti-pandemic-effort", "koronavirüs pandemisine karşı ortak \nçabalar|ı"],
  ],
  relations: [
    ["met_with", "tokayev", "minnikhanov"],
    ["leader_of", "tokayev", "kazakhstan"],
    ["leader_of", "minnikhanov", "tatarstan"],
    ["visited", "minnikhanov", "kazakhstan"],
    ["visited", "minnikhanov", "karaganda-region"],
    ["located_in", "saran-tyre-factory", "saran"],
    ["located_in", "saran", "karaganda-region"],
    ["part_of", "karaganda-region", "kazakhstan"],
    ["part_of", "tatarstan", "russia"],
    ["cooperates_with", "kazakhstan", "russia"],
    ["cooperates_with", "kazakhstan", "tatarstan"],
    ["operates_in", "tatneft", "kazakhstan"],
    ["operates_in", "kamaz", "kazakhstan"],
    ["held_in", "kazakh-students-in-tatarstan", "tatarstan"],
    ["involves", "kazakh-students-in-tatarstan", "kazakhstan"],
    ["held_in", "tatarstan-culture-days", "kazakhstan"],
    ["involves", "tatarstan-culture-days", "tatarstan"],
    ["located_in", "tukai-street", "nur-sultan"],
    ["commemorated_in", "gabdulla-tukai", "tukai-street"],
    ["capital_of", "nur-sultan", "kazakhstan"],
    ["former_leader_of", "shaimiev", "tatarstan"],
    ["former_leader_of", "nazarbayev", "kazakhstan"],
    ["cooperates_with", "shaimiev", "nazarbayev"],
    ["cites", "gbnews", "kazinform"],
    ["involves", "kazakhstan-tatarstan-cooperation", "kazakhstan"],
    ["involves", "kazakhstan-tatarstan-cooperation", "tatarstan"],
    ["involves", "joint-anti-pandemic-effort", "kazakhstan"],
    ["involves", "joint-anti-pandemic-effort", "tatarstan"],
  ],
};

const ALIYEV: ArticleSpec = {
  source: "101_aliyev-ankara",
  split: "tune",
  sentenceEnds: [
    "bir araya geldi",
    "3 Mart",
    "Recep Tayyip Erdoğan ile görüştü.",
    "birlikte başkanlık etti.",
    "bir anlaşma imzalandı.",
    "kapsıyor.",
    "Nahçıvan'a\nuzanacak.",
    "güçlendireceğini söyledi.",
    "hatırlattı.",
    "İstanbul'da\ndüzenlendi.",
    "ele aldı.",
    "foruma katıldı.",
    "dolara ulaşabilir.",
    "değerlendirdi.",
  ],
  types: {
    "ilham-aliyev": "leader",
    "recep-tayyip-erdogan": "leader",
    "mehmet-mus": "person",
    "aydin-kaya": "person",
    turkey: "country",
    azerbaijan: "country",
    ankara: "place",
    istanbul: "place",
    izmir: "place",
    aliaga: "place",
    igdir: "place",
    nakhchivan: "place",
    botas: "company",
    socar: "company",
    "turkey-azerbaijan-high-level-strategic-cooperation-council": "organisation",
    "ankara-university": "organisation",
    "igdir-nakhchivan-gas-pipeline": "project",
    "star-refinery": "project",
    "turkey-azerbaijan-business-forum": "project",
  },
  mentions: [
    ["ilham-aliyev", "Aliyev"],
    ["recep-tayyip-erdogan", "Erdoğan"],
    ["ankara", "Ankara|'da"],
    ["ankara", "ANKARA"],
    ["ilham-aliyev", "Azerbaycan Cumhurbaşkanı"],
    ["azerbaijan", "^Azerbaycan"],
    ["ilham-aliyev", "İlham Aliyev"],
    ["ankara", "Ankara|'da"],
    ["recep-tayyip-erdogan", "Türkiye\nCumhurbaşkanı"],
    ["turkey", "^Türkiye"],
    ["recep-tayyip-erdogan", "Recep Tayyip Erdoğan"],
    [
      "turkey-azerbaijan-high-level-strategic-cooperation-council",
      "Türkiye-Azerbaycan Yüksek Düzeyli\nStratejik İşbirliği Konseyi|'nin",
    ],
    ["turkey", "Türkiye"],
    ["azerbaijan", "Azerbaycan"],
    ["turkey", "Türkiye|'nin"],
    ["botas", "BOTAŞ"],
    ["azerbaijan", "Azerbaycan|'ın"],
    ["socar", "SOCAR|'ın"],
    ["igdir-nakhchivan-gas-pipeline", "Iğdır-Nahçıvan Doğal Gaz Boru Hattı|'nı"],
    ["igdir", "Iğdır|'dan"],
    ["nakhchivan", "Nahçıvan|'a"],
    ["recep-tayyip-erdogan", "Türkiye Cumhurbaşkanı"],
    ["turkey", "^Türkiye"],
    ["nakhchivan", "Nahçıvan|'ın"],
    ["ilham-aliyev", "Aliyev"],
    ["socar", "SOCAR|'ın"],
    ["izmir", "İzmir|'in"],
    ["aliaga", "Aliağa"],
    ["star-refinery", "STAR Rafinerisi|'nin"],
    ["azerbaijan", "Azerbaycan|'ın"],
    ["turkey", "Türkiye|'deki"],
    ["turkey-azerbaijan-business-forum", "Türkiye-Azerbaycan İş Forumu"],
    ["istanbul", "İstanbul|'da"],
    ["mehmet-mus", "Türkiye Ticaret Bakanı"],
    ["turkey", "^Türkiye"],
    ["mehmet-mus", "Mehmet Muş"],
    ["mehmet-mus", "Muş|'a"],
    ["ankara-university", "Ankara Üniversitesi"],
    ["aydin-kaya", "Aydın Kaya"],
  ],
  relations: [
    ["leader_of", "ilham-aliyev", "azerbaijan"],
    ["leader_of", "recep-tayyip-erdogan", "turkey"],
    ["visited", "ilham-aliyev", "ankara"],
    ["met_with", "ilham-aliyev", "recep-tayyip-erdogan"],
    [
      "participates_in",
      "ilham-aliyev",
      "turkey-azerbaijan-high-level-strategic-cooperation-council",
    ],
    [
      "participates_in",
      "recep-tayyip-erdogan",
      "turkey-azerbaijan-high-level-strategic-cooperation-council",
    ],
    ["agreement_with", "turkey", "azerbaijan"],
    ["builds", "botas", "igdir-nakhchivan-gas-pipeline"],
    ["builds", "socar", "igdir-nakhchivan-gas-pipeline"],
    ["based_in", "botas", "turkey"],
    ["based_in", "socar", "azerbaijan"],
    ["located_in", "igdir-nakhchivan-gas-pipeline", "igdir"],
    ["located_in", "igdir-nakhchivan-gas-pipeline", "nakhchivan"],
    ["builds", "socar", "star-refinery"],
    ["located_in", "star-refinery", "aliaga"],
    ["part_of", "aliaga", "izmir"],
    ["operates_in", "socar", "turkey"],
    ["held_in", "turkey-azerbaijan-business-forum", "istanbul"],
    ["participates_in", "mehmet-mus", "turkey-azerbaijan-business-forum"],
    ["official_of", "mehmet-mus", "turkey"],
    ["official_of", "aydin-kaya", "ankara-university"],
  ],
};

const CAVUSOGLU: ArticleSpec = {
  source: "102_cavusoglu-tashkent",
  split: "tune",
  sentenceEnds: [
    "yeni kapı",
    "14 Nisan",
    "kabul edildi.",
    "dile getirdi.",
    "Toplantısı’na katıldı.",
    "anlaşması imzalandı.",
    "faaliyet gösteriyor.",
    "gireceği açıklandı.",
    "başlanması bekleniyor.",
    "merkezi açtı.",
    "arttığını söyledi.",
    "ziyaret etti.",
    "vurguladı.",
    "bekliyor.",
  ],
  types: {
    "mevlut-cavusoglu": "person",
    "shavkat-mirziyoyev": "leader",
    "abdulaziz-kamilov": "person",
    "bahodir-yusupov": "person",
    turkey: "country",
    uzbekistan: "country",
    tashkent: "place",
    samarkand: "place",
    "registan-square": "place",
    "mercedes-benz-turk": "company",
    arcelik: "company",
    "turkey-uzbekistan-joint-economic-commission": "organisation",
    "samarkand-bus-assembly-plant": "project",
  },
  mentions: [
    ["uzbekistan", "Özbekistan|’da"],
    ["tashkent", "TAŞKENT"],
    ["mevlut-cavusoglu", "T.C. Dışişleri Bakanı"],
    ["turkey", "^T.C."],
    ["mevlut-cavusoglu", "M. Çavuşoğlu"],
    ["tashkent", "Taşkent|’te"],
    ["shavkat-mirziyoyev", "Özbekistan Cumhurbaşkanı"],
    ["uzbekistan", "^Özbekistan"],
    ["shavkat-mirziyoyev", "Şevket Mirziyoyev"],
    ["shavkat-mirziyoyev", "Özbek lider"],
    ["mevlut-cavusoglu", "Çavuşoğlu"],
    ["abdulaziz-kamilov", "Özbekistan Dışişleri Bakanı"],
    ["uzbekistan", "^Özbekistan"],
    ["abdulaziz-kamilov", "Abdulaziz Kamilov"],
    [
      "turkey-uzbekistan-joint-economic-commission",
      "Türkiye-Özbekistan Karma Ekonomik Komisyonu|’nun",
    ],
    ["turkey", "Türkiye"],
    ["uzbekistan", "Özbekistan"],
    ["uzbekistan", "Özbekistan|’da"],
    ["mercedes-benz-turk", "Mercedes-Benz Türk|’ün"],
    ["samarkand", "Semerkant|’ta"],
    ["samarkand-bus-assembly-plant", "otobüs montaj fabrikası|yla"],
    ["arcelik", "Arçelik"],
    ["uzbekistan", "Özbekistan|’ın"],
    ["tashkent", "Taşkent|’te"],
    ["bahodir-yusupov", "Bahodir Yusupov"],
    ["tashkent", "Taşkent|’teki"],
    ["mevlut-cavusoglu", "Çavuşoğlu"],
    ["samarkand", "Semerkant|’a"],
    ["registan-square", "Registan\nMeydanı|’nı"],
    ["mevlut-cavusoglu", "Bakan"],
  ],
  relations: [
    ["official_of", "mevlut-cavusoglu", "turkey"],
    ["visited", "mevlut-cavusoglu", "tashkent"],
    ["met_with", "mevlut-cavusoglu", "shavkat-mirziyoyev"],
    ["leader_of", "shavkat-mirziyoyev", "uzbekistan"],
    ["official_of", "abdulaziz-kamilov", "uzbekistan"],
    ["met_with", "mevlut-cavusoglu", "abdulaziz-kamilov"],
    ["participates_in", "mevlut-cavusoglu", "turkey-uzbekistan-joint-economic-commission"],
    ["participates_in", "abdulaziz-kamilov", "turkey-uzbekistan-joint-economic-commission"],
    ["agreement_with", "turkey", "uzbekistan"],
    ["operates_in", "mercedes-benz-turk", "uzbekistan"],
    ["builds", "mercedes-benz-turk", "samarkand-bus-assembly-plant"],
    ["located_in", "samarkand-bus-assembly-plant", "samarkand"],
    ["operates_in", "arcelik", "tashkent"],
    ["capital_of", "tashkent", "uzbekistan"],
    ["official_of", "bahodir-yusupov", "arcelik"],
    ["based_in", "arcelik", "turkey"],
    ["visited", "mevlut-cavusoglu", "samarkand"],
    ["visited", "mevlut-cavusoglu", "registan-square"],
  ],
};

const JAPAROV: ArticleSpec = {
  source: "103_japarov-istanbul",
  split: "tune",
  sentenceEnds: [
    "İstanbul`da görüştü",
    "bir araya geldi.",
    "yedi anlaşma imzalandı.",
    "beklediklerini\nsöyledi.",
    "sembollerinden biri.",
    "kuracağı da\naçıklandı.",
    "katılması\nbekleniyor.",
    "yatırımı olacak.",
    "Bişkekte düzenlendi.",
    "mesajı okundu.",
    "tesislerini gezdi.",
    "artıracağı bildirildi.",
    "uçuş yapılıyor.",
  ],
  types: {
    "sadyr-japarov": "leader",
    "recep-tayyip-erdogan": "leader",
    "sofya-demir": "person",
    turkey: "country",
    kyrgyzstan: "country",
    istanbul: "place",
    bishkek: "place",
    osh: "place",
    "istanbul-airport": "place",
    "lc-waikiki": "company",
    "turkish-airlines": "company",
    "kyrgyz-turkish-manas-university": "organisation",
    "osh-garment-factory": "project",
    "central-asia": "place",
  },
  mentions: [
    ["sadyr-japarov", "Caparov"],
    ["recep-tayyip-erdogan", "Erdoğan"],
    ["istanbul", "İstanbul|`da"],
    ["istanbul", "İSTANBUL"],
    ["sadyr-japarov", "Kırgızistan Cumhurbaşkanı"],
    ["kyrgyzstan", "^Kırgızistan"],
    ["sadyr-japarov", "Sadır Caparov"],
    ["istanbul", "İstanbul|`da"],
    ["recep-tayyip-erdogan", "Türkiye Cumhurbaşkanı"],
    ["turkey", "^Türkiye"],
    ["recep-tayyip-erdogan", "Recep Tayyip Erdoğan"],
    ["turkey", "Türkiye"],
    ["kyrgyzstan", "Kırgızistan"],
    ["sadyr-japarov", "Kırgız lider"],
    ["kyrgyzstan", "Kırgızistan|daki"],
    ["sadyr-japarov", "Caparov|`a"],
    ["bishkek", "Bişkek|teki"],
    ["kyrgyz-turkish-manas-university", "Kırgız-Türk Manas Üniversitesi"],
    ["lc-waikiki", "LC Waikiki|`nin"],
    ["osh", "Oş"],
    ["osh-garment-factory", "bir konfeksiyon fabrikası"],
    ["central-asia", "Orta Asya"],
    ["sofya-demir", "Sofya Demir|`in"],
    ["lc-waikiki", "LC Waikiki|nin"],
    ["kyrgyz-turkish-manas-university", "Kırgız-Türk Manas Üniversitesi|`nin"],
    ["bishkek", "Bişkek|te"],
    ["recep-tayyip-erdogan", "Erdoğan|`ın"],
    ["sadyr-japarov", "Caparov"],
    ["turkish-airlines", "Türk Hava Yolları|`nın"],
    ["istanbul-airport", "İstanbul Havalimanı|`ndaki"],
    ["turkish-airlines", "THY|`nin"],
    ["bishkek", "Bişkek"],
    ["osh", "Oş"],
    ["kyrgyzstan", "Kırgızistan|ın"],
    ["bishkek", "Bişkek"],
    ["istanbul", "İstanbul"],
  ],
  relations: [
    ["leader_of", "sadyr-japarov", "kyrgyzstan"],
    ["leader_of", "recep-tayyip-erdogan", "turkey"],
    ["visited", "sadyr-japarov", "istanbul"],
    ["met_with", "sadyr-japarov", "recep-tayyip-erdogan"],
    ["agreement_with", "turkey", "kyrgyzstan"],
    ["located_in", "kyrgyz-turkish-manas-university", "bishkek"],
    ["builds", "lc-waikiki", "osh-garment-factory"],
    ["located_in", "osh-garment-factory", "osh"],
    ["official_of", "sofya-demir", "lc-waikiki"],
    ["based_in", "lc-waikiki", "turkey"],
    ["visited", "sadyr-japarov", "istanbul-airport"],
    ["operates_in", "turkish-airlines", "bishkek"],
    ["operates_in", "turkish-airlines", "osh"],
    ["capital_of", "bishkek", "kyrgyzstan"],
  ],
};

export const SPECS: ArticleSpec[] = [
  SEED,
  ALIYEV,
  CAVUSOGLU,
  JAPAROV,
  ...TUNE_2XX,
  ...TUNE_3XX,
  ...TUNE_31X,
  ...TUNE_32X,
  ...TUNE_34X,
  ...UNSEEN,
].sort((a, b) => a.source.localeCompare(b.source));

const LETTER = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && LETTER.test(c);
}

/** Finds `needle` at or after `from`, standing as whole words (no letter glued on either side). */
function findWord(text: string, needle: string, from: number): number {
  let at = text.indexOf(needle, from);
  while (at >= 0 && (isWordChar(text[at - 1]) || isWordChar(text[at + needle.length]))) {
    at = text.indexOf(needle, at + 1);
  }
  return at;
}

function trimmedSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end };
}

export function buildArticle(spec: ArticleSpec, text: string): GoldArticle {
  const sentences: Span[] = [];
  let cursor = 0;
  for (const ending of spec.sentenceEnds) {
    const at = text.indexOf(ending, cursor);
    if (at < 0) throw new Error(`${spec.source}: sentence end "${ending}" not found`);
    sentences.push(trimmedSpan(text, cursor, at + ending.length));
    cursor = at + ending.length;
  }
  if (text.slice(cursor).trim() !== "") {
    throw new Error(`${spec.source}: text after the last sentence: "${text.slice(cursor).trim()}"`);
  }

  const mentions: GoldMention[] = [];
  // A mention is looked for after the end of everything found so far; a nested one ("^") inside
  // the previous outer mention.
  let outer: Span = { start: 0, end: 0 };
  let reached = 0;
  for (const [entity, notation] of spec.mentions) {
    const type = spec.types[entity];
    if (type === undefined) throw new Error(`${spec.source}: no type for entity "${entity}"`);
    const nested = notation.startsWith("^");
    const optional = notation.startsWith("?");
    const written = notation.replace(/^[\^?]/, "").replace("|", "");
    const from = nested ? outer.start : reached;
    const at = findWord(text, written, from);
    if (at < 0 || (nested && at + written.length > outer.end)) {
      throw new Error(`${spec.source}: mention "${written}" not found after ${from}`);
    }
    const mention = { entity, type, start: at, end: at + written.length, text: written };
    mentions.push({
      ...mention,
      suffixed: notation.includes("|"),
      ...(optional ? { optional: true } : {}),
    });
    if (!nested) outer = mention;
    reached = Math.max(reached, mention.end);
  }

  const relations = spec.relations.map(([type, source, target]) => ({ type, source, target }));
  const implied: GoldImplied[] = (spec.implied ?? []).map(([entity, phrase]) => {
    const type = spec.types[entity];
    if (type === undefined) throw new Error(`${spec.source}: no type for entity "${entity}"`);
    if (findWord(text, phrase, 0) < 0) {
      throw new Error(`${spec.source}: implied "${entity}": "${phrase}" not in the article`);
    }
    return { entity, type, phrase };
  });
  return {
    source: spec.source,
    split: spec.split,
    sentences,
    mentions,
    relations,
    ...(implied.length > 0 ? { implied } : {}),
  };
}

function context(text: string, span: Span): string {
  const before = text.slice(Math.max(0, span.start - 12), span.start);
  const after = text.slice(span.end, span.end + 12);
  return `${before}[${text.slice(span.start, span.end)}]${after}`.replace(/\n/g, "⏎");
}

/** Differences between the seed's gold and the hand-curated graph, one line each. */
function compareWithGraph(gold: GoldArticle, graphPath: string): string[] {
  const graph = JSON.parse(readFileSync(graphPath, "utf8")) as {
    entities: {
      id: string;
      type: string;
      mentions: { source: string; start: number; end: number }[];
    }[];
    relations: { type: string; source: string; target: string }[];
  };
  const key = (e: string, s: number, t: number) => `${e} ${s}-${t}`;
  const goldMentions = new Set(gold.mentions.map((m) => key(m.entity, m.start, m.end)));
  const graphMentions = new Set(
    graph.entities.flatMap((e) =>
      e.mentions.filter((m) => m.source === gold.source).map((m) => key(e.id, m.start, m.end)),
    ),
  );
  const rel = (r: { type: string; source: string; target: string }) =>
    `${r.type} ${r.source} ${r.target}`;
  const goldRelations = new Set(gold.relations.map(rel));
  const graphRelations = new Set(graph.relations.filter((r) => r.type !== "co_occurs").map(rel));
  const out: string[] = [];
  for (const m of goldMentions) if (!graphMentions.has(m)) out.push(`mention only in gold: ${m}`);
  for (const m of graphMentions) if (!goldMentions.has(m)) out.push(`mention only in graph: ${m}`);
  for (const r of goldRelations)
    if (!graphRelations.has(r)) out.push(`relation only in gold: ${r}`);
  for (const r of graphRelations)
    if (!goldRelations.has(r)) out.push(`relation only in graph: ${r}`);
  for (const e of graph.entities) {
    const typed = gold.mentions.find((m) => m.entity === e.id);
    if (typed && typed.type !== e.type)
      out.push(`type of ${e.id}: gold ${typed.type}, graph ${e.type}`);
  }
  return out;
}

function main(): void {
  const verbose = process.argv.includes("--verbose");
  for (const spec of SPECS) {
    const text = readArticle(spec.source);
    const gold = buildArticle(spec, text);
    writeFileSync(join(GOLD_DIR, `${spec.source}.json`), `${JSON.stringify(gold, null, 2)}\n`);
    console.log(
      `${spec.source}: ${gold.sentences.length} sentences, ${gold.mentions.length} mentions ` +
        `(${gold.mentions.filter((m) => m.suffixed).length} suffixed), ${gold.relations.length} relations`,
    );
    if (verbose) {
      for (const s of gold.sentences) console.log(`  S ${s.start}-${s.end} ${context(text, s)}`);
      for (const m of gold.mentions)
        console.log(`  M ${m.entity} ${m.start}-${m.end} ${context(text, m)}`);
    }
    if (process.argv.includes("--check-graph") && spec === SEED && existsSync("data/graph.json")) {
      const diffs = compareWithGraph(gold, "data/graph.json");
      console.log(
        diffs.length ? diffs.map((d) => `  ${d}`).join("\n") : "  agrees with data/graph.json",
      );
    }
  }
}

if (process.argv[1]?.endsWith("buildGold.ts")) main();
