// Every relation rule on sentences of its own: ones it must read, and look-alikes it must leave
// alone. Each sentence runs with that rule alone switched on, so a pass proves the rule, not the
// rest of the table. The gazetteer is the shipped one plus a few names these sentences use.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES, RULE_NAMES, compileGazetteer, extractArticles } from "../../src/extract/index";

const shipped = JSON.parse(readFileSync("data/gazetteer.json", "utf8"));
const gazetteer = compileGazetteer({
  ...shipped,
  entities: [
    ...shipped.entities,
    { id: "ayse-demir", type: "person", label: "Ayşe Demir", aliases: ["Ayşe Demir", "Demir"] },
    { id: "ali-kaya", type: "person", label: "Ali Kaya", aliases: ["Ali Kaya"] },
    { id: "veli-can", type: "person", label: "Veli Can", aliases: ["Veli Can"] },
    {
      id: "joint-zone",
      type: "project",
      label: "Joint industrial zone",
      aliases: ["Ortak Sanayi Bölgesi"],
    },
    { id: "konya-osb", type: "project", label: "Konya OSB", aliases: ["Konya OSB"] },
    {
      id: "alabay-zone",
      type: "project",
      label: "Alabay special economic zone",
      aliases: ["Alabay Özel Ekonomi Bölgesi", "Alabay"],
    },
    { id: "kazan", type: "place", label: "Kazan", aliases: ["Kazan"] },
    { id: "konya-airport", type: "place", label: "Konya Airport", aliases: ["Konya Havalimanı"] },
    { id: "konya", type: "place", label: "Konya", aliases: ["Konya"] },
    { id: "central-asia", type: "place", label: "Central Asia", aliases: ["Orta Asya"] },
    { id: "bishkek", type: "place", label: "Bishkek", aliases: ["Bişkek"] },
    { id: "tashkent", type: "place", label: "Tashkent", aliases: ["Taşkent"] },
    { id: "arcelik", type: "company", label: "Arçelik", aliases: ["Arçelik"] },
    { id: "lc-waikiki", type: "company", label: "LC Waikiki", aliases: ["LC Waikiki"] },
    {
      id: "kazan-university",
      type: "organisation",
      label: "Kazan Federal University",
      aliases: ["Kazan Federal Üniversitesi", "KFÜ"],
    },
    { id: "tdt", type: "organisation", label: "TDT", aliases: ["Türk Devletleri Teşkilatı"] },
    { id: "kazan-forum", type: "project", label: "KazanForum", aliases: ["KazanForum"] },
    { id: "bus-plant", type: "project", label: "Bus plant", aliases: ["otobüs fabrikası"] },
    {
      id: "baku-tbilisi-ceyhan",
      type: "project",
      label: "Baku-Tbilisi-Ceyhan pipeline",
      aliases: ["Bakü-Tiflis-Ceyhan Boru Hattı"],
    },
    {
      id: "poetry-festival",
      type: "project",
      label: "Poetry festival",
      aliases: ["şiir festivali"],
    },
    { id: "abai-park", type: "project", label: "Abai park", aliases: ["Abay parkı"] },
    { id: "baku-summit", type: "project", label: "Baku Summit", aliases: ["Bakü Zirvesi"] },
    { id: "konya-days", type: "project", label: "Konya Days", aliases: ["Konya Günleri"] },
    {
      id: "tdt-11th-summit",
      type: "project",
      label: "11th OTS Summit",
      aliases: ["Türk Devletleri Teşkilatının 11. Zirvesi"],
    },
    { id: "deik", type: "organisation", label: "DEİK", aliases: ["DEİK"] },
    {
      id: "tdt-summit",
      type: "project",
      label: "OTS Summit",
      aliases: ["Türk Devletleri Teşkilatı Zirvesi"],
    },
    {
      id: "science-festival",
      type: "project",
      label: "Science festival of Kazan Federal University",
      aliases: ["Kazan Federal Üniversitesi Bilim Festivali"],
    },
  ],
});

/** The typed relations one rule alone finds in a text, as "source type target". */
function found(rule: string, text: string): string[] {
  const { document } = extractArticles([{ id: "t", text }], gazetteer, {
    disableRules: RULE_NAMES.filter((n) => n !== rule),
  });
  return document.relations
    .filter((r) => r.type !== "co_occurs")
    .map((r) => `${r.source} ${r.type} ${r.target}`);
}

/** Typed relations found by the rule (role relations from titles come from no rule: left out). */
function byRule(rule: string, text: string): string[] {
  const { ruleHits = [] } = extractArticles([{ id: "t", text }], gazetteer, {
    disableRules: RULE_NAMES.filter((n) => n !== rule),
    trace: true,
  });
  return [
    ...new Set(
      ruleHits.filter((h) => h.rule === rule).map((h) => `${h.source} ${h.type} ${h.target}`),
    ),
  ];
}

interface Case {
  /** Sentences the rule reads, with what it must find in each (more may be found). */
  reads: [text: string, expected: string[]][];
  /** Look-alike sentences where the rule must find nothing. */
  ignores: string[];
}

const CASES: Record<string, Case> = {
  "met-with-ile": {
    reads: [
      ["Ayşe Demir, dün Ali Kaya'yla görüştü.", ["ayse-demir met_with ali-kaya"]],
      ["Ali Kaya ve Ayşe Demir, Kazanda bir araya geldi.", ["ali-kaya met_with ayse-demir"]],
      // The subject is the nominative person, not a genitive one before it.
      [
        "Tokayevin adını taşıyan parkı gezen Ayşe Demir, Ali Kaya ile bir araya geldi.",
        ["ayse-demir met_with ali-kaya"],
      ],
      ["Tokayev, Rustam Minnikhanov ile görüştü.", ["tokayev met_with minnikhanov"]],
      ["Ayşe Demir dün Ali Kaya ile Kazanda bir araya geldi.", ["ayse-demir met_with ali-kaya"]],
      ["Ayşe Demir, Ali Kaya ile görüşme gerçekleştirdi.", ["ayse-demir met_with ali-kaya"]],
      // A participle of meeting before the people it describes.
      [
        "Konyada bir araya gelen Ali Kaya ve Ayşe Demir, ticareti konuştu.",
        ["ali-kaya met_with ayse-demir"],
      ],
      // The participle's subject is named after it.
      [
        "Ali Kaya Kazana geldi. Ayşe Demir ile görüşen Tokayev, ticareti anlattı.",
        ["tokayev met_with ayse-demir"],
      ],
      // Talking a matter over together.
      [
        "Ali Kaya ile Ayşe Demir, iki şehir arasındaki ulaşımı ele aldı.",
        ["ayse-demir met_with ali-kaya"],
      ],
      [
        "Tokayev, Aliyev ile bölgedeki gelişmeleri değerlendirdi.",
        ["tokayev met_with ilham-aliyev"],
      ],
    ],
    ignores: [
      // One person before the verb, another after it: no joint subject.
      "Ali Kaya, Kazanda görüştüğü işçilere teşekkür etti; Ayşe Demir de oradaydı.",
      // A place with "ile" is not a meeting partner.
      "Ayşe Demir, Kazan ile Konya arasında görüştü.",
      // The participle describes whoever is named after it; here no one is, and the person of
      // the sentence before did not meet anybody.
      "Ali Kaya Kazana geldi. Toplantıda, Ayşe Demir ile görüşen Büyükelçi, ticareti anlattı.",
      "Ali Kaya Kazana geldi. Toplantıda, Ayşe Demir ile görüşen Büyükelçi, ticareti ele aldı.",
      // A meeting that did not or will not happen.
      "Ayşe Demir, Ali Kaya ile görüşmedi.",
      "Ali Kaya ve Ayşe Demir yarın görüşmeyecek.",
      "Ayşe Demir, Ali Kaya ile bu yıl bir araya gelmedi.",
      // "görüş" is the noun "opinion", not the verb.
      "Ayşe Demir ile ilgili görüş Ali Kaya tarafından bildirildi.",
      // "X ile ilgili" is about X, not with X.
      "Ali Kaya, Ayşe Demir ile ilgili iddiaları değerlendirdi.",
      // Meeting people who are not named together after the participle.
      "Konyada bir araya gelen gençler, Ali Kaya konuşurken Ayşe Demiri dinledi.",
    ],
  },
  "visited-bulunan": {
    reads: [
      // Plain words of time before the visit; both people the participle describes.
      [
        "Konyada iki gün boyunca çeşitli temaslarda bulunan Ali Kaya ve yardımcısı Ayşe Demir dün döndü.",
        ["ali-kaya visited konya", "ayse-demir visited konya"],
      ],
      ["Arçelikin genel merkezi Konyada bulunuyor.", ["arcelik based_in konya"]],
      ["Ali Kaya, iki günlük resmi ziyaret için Konyada bulunuyor.", ["ali-kaya visited konya"]],
      // A word between the place and the activity.
      ["Ayşe Demir, Bişkekte çeşitli temaslarda bulunacak.", ["ayse-demir visited bishkek"]],
      ["Ali Kaya, Konyada incelemelerde bulundu.", ["ali-kaya visited konya"]],
      ["Merkezi Konyada bulunan Arçelik büyüyor.", ["arcelik based_in konya"]],
      ["Kazakistanda bulunan Rustam Minnikhanov konuştu.", ["minnikhanov visited kazakhstan"]],
      ["Kazanda bulunan Ayşe Demir, fabrikayı gezdi.", ["ayse-demir visited kazan"]],
      [
        "İlk kez Kazakistanda temaslarda bulunan Ali Kaya konuştu.",
        ["ali-kaya visited kazakhstan"],
      ],
      ["Kazanda bulunan otobüs fabrikası büyüdü.", ["bus-plant located_in kazan"]],
    ],
    ignores: [
      "Arçelikin merkezi yöneticileri Konyada bulunuyor.",
      "Arçelikin Konyada bir fabrikası bulunuyor.",
      "Ali Kaya, Konyada bulundu.",
      "Merkezi Konyada bulunan Ali Kaya konuştu.",
      "Kazanın yakınında bulunan köyde Ayşe Demir yaşıyor.",
    ],
  },
  "located-classifier-locative": {
    reads: [
      [
        "Saran şehrinde bir lastik üretim fabrikası kuruldu. Tatarlar Saranda.",
        ["saran-tyre-factory located_in saran"],
      ],
      ["Konya ilinde otobüs fabrikası açıldı.", ["bus-plant located_in konya"]],
    ],
    ignores: ["Konya şehri büyük; otobüs fabrikası ise Kazanın dışında."],
  },
  "commemorated-name-given": {
    reads: [
      ["Tokayevin adını taşıyan Abay parkı açıldı.", ["tokayev commemorated_in abai-park"]],
      [
        "Nur-Sultanın sokaklarından birine Gabdulla Tukainin ismini verme kararı alındı.",
        ["gabdulla-tukai commemorated_in tukai-street"],
      ],
      ["Abay parkına Ayşe Demirin adını verdiler.", ["ayse-demir commemorated_in abai-park"]],
    ],
    ignores: [
      "Tokayevin adını taşıyan bir okul yok.",
      "Ayşe Demirin adını herkes biliyor, Abay parkını da.",
    ],
  },
  "cites-atifta-bulunan": {
    reads: [
      ["MIA Kazinforma atıfta bulunan GBNewse göre toplantı yapıldı.", ["gbnews cites kazinform"]],
      ["Kazinforma atıfta bulunan Arçelik açıklama yaptı.", ["arcelik cites kazinform"]],
    ],
    ignores: ["Kazinform ve GBNews aynı haberi verdi."],
  },
  "operates-market": {
    reads: [
      [
        "Kazakistan Cumhurbaşkanı, pazarımızda Tatneftin ve KAMAZın varlığını övdü.",
        ["tatneft operates_in kazakhstan", "kamaz operates_in kazakhstan"],
      ],
      ["Arçelik, Özbekistan pazarında büyüyor.", ["arcelik operates_in uzbekistan"]],
      ["LC Waikiki Özbek pazarına girdi.", ["lc-waikiki operates_in uzbekistan"]],
      ["Özbekistanda faaliyet gösteren Arçelik büyüyor.", ["arcelik operates_in uzbekistan"]],
    ],
    ignores: ["Arçelik pazar günü kapalı.", "Özbek halkı pazar günü Arçeliki konuştu."],
  },
  "cooperates-partner-olan": {
    reads: [
      [
        "Tokayev, ana ortağımız olan Rusya Federasyonu ile çalışıyoruz dedi.",
        ["kazakhstan cooperates_with russia"],
      ],
      ["Erdoğan, stratejik ortağımız olan Azerbaycan dedi.", ["turkey cooperates_with azerbaijan"]],
    ],
    ignores: ["Ayşe Demir, ortağımız olan Arçelik dedi."],
  },
  "cooperates-ile-is-birligi": {
    reads: [
      [
        "Türkiye, Azerbaycan ile enerji alanında iş birliği yapıyor.",
        ["turkey cooperates_with azerbaijan"],
      ],
      ["Tokayev, Tataristan ile iş birliğini övdü.", ["kazakhstan cooperates_with tatarstan"]],
      [
        "Erdoğan, Azerbaycan ile işbirliğini artıracağız dedi.",
        ["turkey cooperates_with azerbaijan"],
      ],
    ],
    ignores: [
      "Türkiye, Azerbaycan ile Kazan arasında yeni bir uçuş başlattı.",
      "Tataristan ile iş birliği konuşuldu.",
      // A cooperation ruled out is none.
      "Türkiye, Azerbaycan ile bu alanda iş birliği yapmayacak.",
      "Tokayev, Tataristan ile iş birliği yapmadıklarını söyledi.",
      // The body owns the speaker's title; whose cooperation it is the sentence does not say.
      "DEİK Başkanı Ali Kaya, Azerbaycan ile gerçekleşecek işbirliğine destek istedi.",
    ],
  },
  "cooperates-ile-temas": {
    reads: [
      [
        "Şaimiev, Nazarbayev ile olan temaslarını anlattı.",
        ["shaimiev cooperates_with nazarbayev"],
      ],
      [
        "Ayşe Demir, Ali Kaya ile ilişkilerini geliştirdi.",
        ["ayse-demir cooperates_with ali-kaya"],
      ],
    ],
    ignores: ["Ayşe Demir, Kazan ile temaslarını anlattı."],
  },
  "cooperates-arasinda-is-birligi": {
    reads: [
      [
        "Kazakistan ve Özbekistan arasındaki iş birliği büyüyor.",
        ["kazakhstan cooperates_with uzbekistan"],
      ],
      [
        "Kazakistan ile Tataristan arasındaki dostluk güçleniyor.",
        ["kazakhstan cooperates_with tatarstan"],
      ],
      [
        "Kazakistan ile Tataristan arasındaki iş birliğini değerlendirdiler.",
        ["kazakhstan cooperates_with tatarstan"],
      ],
      [
        "Türkiye ile Azerbaycan arasında ekonomik işbirliği büyüyor.",
        ["turkey cooperates_with azerbaijan"],
      ],
    ],
    ignores: [
      "Türkiye ile Azerbaycan arasında maç oynandı.",
      // An agreement on cooperation is an agreement (agreement-arasinda-anlasma).
      "Türkiye ile Özbekistan arasında bir iş birliği anlaşması imzalandı.",
    ],
  },
  "cooperates-ile-genitive": {
    reads: [
      ["Türkiye ve Azerbaycanın kardeşliği sürüyor.", ["turkey cooperates_with azerbaijan"]],
      [
        "Türkiye ile Azerbaycanın dostluk ve kardeşliği sürüyor.",
        ["turkey cooperates_with azerbaijan"],
      ],
      [
        "Kazakistan ile Rusyanın ekonomik ilişkileri gelişiyor.",
        ["kazakhstan cooperates_with russia"],
      ],
    ],
    ignores: [
      "Türkiye ile Azerbaycanın başkenti arasında uçuş var.",
      "Tokayev ile Aliyevin dostluğu eskidir.",
    ],
  },
  "cooperates-joint-subject": {
    reads: [
      [
        "Türkiye ve Kazakistan, enerji alanında iş birliğini güçlendirme kararı aldı.",
        ["turkey cooperates_with kazakhstan"],
      ],
      ["Rusya ve Tataristan stratejik ortaklığı sürdürüyor.", ["russia cooperates_with tatarstan"]],
      [
        "Kazakistan ve Özbekistan, dün bir anlaşma imzaladı.",
        ["kazakhstan agreement_with uzbekistan"],
      ],
      // "X ile Y," with a comma: the pair is the subject.
      [
        "Azerbaycan ile Gürcistan, ulaştırmada iş birliği yapacak.",
        ["azerbaijan cooperates_with georgia"],
      ],
    ],
    ignores: [
      // Without the comma "X ile Y" is not one subject.
      "Azerbaycan ile Gürcistan sınırında iş birliği ofisi açıldı.",
      "Arçelik ve LC Waikiki iş birliğinde düzenlenen fuar açıldı.",
      "Türkiye ve Kazakistan arasında iş birliği var.",
      "Ayşe Demir ve Ali Kaya iş birliği yaptı.",
    ],
  },
  "participates-subject-at-event": {
    reads: [
      [
        "Ayşe Demir, KazanForumda yaptığı konuşmada ticaretin arttığını söyledi.",
        ["ayse-demir participates_in kazan-forum"],
      ],
      [
        "Ali Kaya, Bakü Zirvesi kapsamında Aliyev ile görüştü.",
        ["ali-kaya participates_in baku-summit"],
      ],
      [
        "Bakü Zirvesi açıldı. Tokayev, zirvede barış çağrısı yaptı.",
        ["tokayev participates_in baku-summit"],
      ],
      // An event opening the sentence frames it; where its subject is for it, it is held.
      [
        "“Konya Günleri” kapsamında Kazanda bulunan Ali Kaya, Ayşe Demir ile görüştü.",
        ["ali-kaya participates_in konya-days", "konya-days held_in kazan"],
      ],
    ],
    ignores: [
      "Ayşe Demir, Kazanda KazanForum hakkında konuştu.",
      "Ayşe Demir, Ali Kaya'nın KazanForumda yaptığı konuşmayı eleştirdi.",
      "Ayşe Demir dün Konyada kaldı; KazanForumda ise Ali Kaya vardı.",
      // An event named later in the sentence is no frame of it.
      "Ali Kaya, Kazanda bulunan Ayşe Demir ile Konya Günleri hakkında görüştü.",
    ],
  },
  "participates-member": {
    reads: [
      [
        "Kazakistan, Türk Devletleri Teşkilatının kurucu üyelerinden biri.",
        ["kazakhstan participates_in tdt"],
      ],
      [
        "Türk Devletleri Teşkilatına üye ülkeler Kazakistan, Azerbaycan ve Özbekistan toplandı.",
        [
          "kazakhstan participates_in tdt",
          "azerbaijan participates_in tdt",
          "uzbekistan participates_in tdt",
        ],
      ],
      [
        "Tokayev, Kazakistanın Türk Devletleri Teşkilatı kurucularından biri olduğunu söyledi.",
        ["kazakhstan participates_in tdt"],
      ],
    ],
    ignores: [
      "Türk Devletleri Teşkilatı Kazakistanda toplandı.",
      "Ali Kaya, Türk Devletleri Teşkilatına üye olmayan ülkelerden söz etti.",
    ],
  },
  "based-in-genitive-owner": {
    reads: [
      [
        "Rusyanın Kazan Federal Üniversitesi öğrencileri geldi.",
        ["kazan-university based_in russia"],
      ],
      ["Türkiyenin Arçelik şirketi Özbekistanda fabrika açtı.", ["arcelik based_in turkey"]],
    ],
    ignores: [
      "Kazanın Arçelik ile ilişkisi iyi.",
      "Türkiyenin Arçelike verdiği destek sürüyor.",
      "Türkiyenin ve Arçelikin hedefleri aynı.",
    ],
  },
  "involves-body-in-event-name": {
    reads: [
      ["Türk Devletleri Teşkilatı Zirvesi başladı.", ["tdt-summit involves tdt"]],
      [
        "Kazan Federal Üniversitesi Bilim Festivali açıldı.",
        ["science-festival involves kazan-university"],
      ],
      // The body's name in the genitive before the event's own words.
      [
        "Türk Devletleri Teşkilatının 11. Zirvesi Bişkekte başladı.",
        ["tdt-11th-summit involves tdt"],
      ],
      // The days of a city are about it.
      ["Konya Günleri Kazanda başladı.", ["konya-days involves konya"]],
    ],
    ignores: [
      "KazanForum başladı; Türk Devletleri Teşkilatı da katıldı.",
      // A summit in a city is held there, not about it.
      "Bakü Zirvesi başladı.",
    ],
  },
  "cooperates-dash-iliskileri": {
    reads: [
      ["Rusya-Kazakistan ilişkileri gelişiyor.", ["russia cooperates_with kazakhstan"]],
      ["Türkiye - Özbekistan ilişkileri güçlü.", ["turkey cooperates_with uzbekistan"]],
      [
        "Kazakistan-Özbekistan arasındaki ticari ilişkiler büyüyor.",
        ["kazakhstan cooperates_with uzbekistan"],
      ],
    ],
    ignores: [
      "Rusya ve Kazakistan, ilişkileri gözden geçirdi.",
      "Kazakistan, Özbekistan arasındaki ilişkileri izliyor.",
    ],
  },
  "visited-geldigi": {
    reads: [
      [
        "Aliyev, resmi bir ziyaret için geldiği Ankarada Erdoğan ile görüştü.",
        ["ilham-aliyev visited ankara"],
      ],
      ["Ayşe Demir, geldiği Kazana hayran kaldı.", ["ayse-demir visited kazan"]],
    ],
    ignores: ["Kazandan geldiği söylenen mektup okundu."],
  },
  "builds-insa-kur": {
    reads: [
      ["Ali Kayanın Kazanda kurduğu otobüs fabrikası açıldı.", ["ali-kaya builds bus-plant"]],
      [
        "BOTAŞ ile SOCARın birlikte inşa edeceği Iğdır-Nahçıvan Doğal Gaz Boru Hattı tanıtıldı.",
        [
          "botas builds igdir-nakhchivan-gas-pipeline",
          "socar builds igdir-nakhchivan-gas-pipeline",
        ],
      ],
      ["Arçelikin kuracağı otobüs fabrikası açılacak.", ["arcelik builds bus-plant"]],
    ],
    ignores: [
      "Ali Kayanın dediğine göre otobüs fabrikası kuruldu.",
      "Otobüs fabrikası inşa edilecek, Arçelik ise bekliyor.",
    ],
  },
  "agreement-arasinda-anlasma": {
    reads: [
      [
        "Kazakistan ve Özbekistan arasında bir anlaşma imzalandı.",
        ["kazakhstan agreement_with uzbekistan"],
      ],
      [
        "Türkiye ile Azerbaycan arasında bir anlaşma imzalandı.",
        ["turkey agreement_with azerbaijan"],
      ],
      [
        "Kırgızistan ile Türkiye arasında yedi anlaşma imzalandı.",
        ["kyrgyzstan agreement_with turkey"],
      ],
      [
        "Kazakistan ile Azerbaycan arasında enerji alanında mutabakat zaptı imzalandı.",
        ["kazakhstan agreement_with azerbaijan"],
      ],
    ],
    ignores: [
      "Türkiye ve Azerbaycan anlaşmayı konuştu.",
      // An agreement that was not signed or not reached.
      "Kırgızistan ile Türkiye arasında beklenen anlaşma imzalanmadı.",
      "Kazakistan ile Azerbaycan arasında fiyat konusunda anlaşmaya varılamadı.",
    ],
  },
  "operates-deki-yatirim": {
    reads: [
      ["SOCAR, Azerbaycanın Türkiyedeki en büyük yatırımı.", ["socar operates_in turkey"]],
      ["Arçelik, Özbekistandaki yatırımını artırdı.", ["arcelik operates_in uzbekistan"]],
    ],
    ignores: ["Arçelik, Özbekistana yatırım yapmayı düşünmüyor."],
  },
  "located-uzan": {
    reads: [
      [
        "Bakü-Tiflis-Ceyhan Boru Hattı, Azerbaycandan başlayarak Türkiyeye uzanıyor.",
        ["baku-tbilisi-ceyhan located_in azerbaijan", "baku-tbilisi-ceyhan located_in turkey"],
      ],
      [
        "Bakü-Tiflis-Ceyhan Boru Hattı açıldı. Hat, Gürcistandan geçip Türkiyeye uzanan bir yol.",
        ["baku-tbilisi-ceyhan located_in georgia", "baku-tbilisi-ceyhan located_in turkey"],
      ],
    ],
    ignores: ["Görüşme saatlerce uzadı, Türkiyeye dönüş ertelendi."],
  },
  "participates-katildi": {
    reads: [
      [
        "Mehmet Muş, Türkiye-Azerbaycan İş Forumuna katıldı.",
        ["mehmet-mus participates_in turkey-azerbaijan-business-forum"],
      ],
      [
        "KazanForum Kazanda başladı. Ayşe Demir de foruma katıldı.",
        ["ayse-demir participates_in kazan-forum"],
      ],
      // Companies and bodies in the nominative take part too.
      [
        "KazanForuma bu yıl Arçelik ve LC Waikiki de katıldı.",
        ["arcelik participates_in kazan-forum", "lc-waikiki participates_in kazan-forum"],
      ],
      // A ceremony with no name of its own: the opening of the project named last.
      [
        "Otobüs fabrikası yarın açılıyor. Törene Ayşe Demir ve Ali Kaya katılacak.",
        ["ayse-demir participates_in bus-plant", "ali-kaya participates_in bus-plant"],
      ],
    ],
    ignores: [
      "Ayşe Demir, Ali Kaya'nın görüşüne katıldı.",
      // The body in brackets restates the place of the event, it does not attend.
      "Kazan Federal Üniversitesinde (KFÜ) düzenlenen Bakü Zirvesine katıldı.",
      // The ceremony of something this sentence names is not the project named before.
      "Otobüs fabrikası yarın açılıyor. Ayşe Demir, Arçelik şubesinin açılış törenine katılacak.",
      // Chairing, as a participle, is participates-baskanlik-ettigi's.
      "Ayşe Demirin başkanlık ettiği Bakü Zirvesi başladı.",
    ],
  },
  "official-org-position": {
    reads: [
      ["Arçelik'in CEO'su Ali Kaya konuştu.", ["ali-kaya official_of arcelik"]],
      [
        "Ankara Üniversitesi öğretim üyesi Prof. Dr. Aydın Kaya konuştu.",
        ["aydin-kaya official_of ankara-university"],
      ],
      ["Arçelik genel müdürü Ali Kaya açıkladı.", ["ali-kaya official_of arcelik"]],
    ],
    ignores: ["Arçelik ve Ali Kaya aynı gün açıklama yaptı."],
  },
  "visited-dative-ziyaret": {
    reads: [
      [
        "Rustam Minnikhanovun Karaganda bölgesine yaptığı ziyaret sürüyor.",
        ["minnikhanov visited karaganda-region"],
      ],
      ["Ayşe Demir, Kazana resmi ziyarette bulundu.", ["ayse-demir visited kazan"]],
      // The participle's subject is the visitor, not the sentence's.
      [
        "Ali Kaya, Kazakistana resmi ziyarette bulunan Ayşe Demir ile görüştü.",
        ["ayse-demir visited kazakhstan"],
      ],
    ],
    ignores: ["Ayşe Demir, Kazanı ziyaret edenlere teşekkür etmedi, Konyaya döndü."],
  },
  "visited-accusative-ziyaret": {
    reads: [
      [
        "Kazan Federal Üniversitesini ziyaret eden Ayşe Demir öğrencilerle konuştu.",
        ["ayse-demir visited kazan-university"],
      ],
      ["Aliyev, Ankarayı ziyaret etti.", ["ilham-aliyev visited ankara"]],
      ["Ayşe Demir dün Kazanı ziyaret etti.", ["ayse-demir visited kazan"]],
      // The genitive subject of an embedded visit, not the sentence's subject.
      ["Ali Kaya, Ayşe Demirin Kazanı ziyaret ettiğini söyledi.", ["ayse-demir visited kazan"]],
    ],
    ignores: [
      "Kazan Federal Üniversitesini ziyaret eden heyet döndü.",
      "Kazanı ziyaret etmek kolay değil.",
      // A visit that did not or will not happen.
      "Ayşe Demir, Kazanı ziyaret etmeyecek.",
      "Ali Kaya, kötü hava yüzünden Konyayı ziyaret edemedi.",
    ],
  },
  "located-participle-region": {
    reads: [
      [
        "Saran şehrinde inşaatına başlandığı Karaganda bölgesine gitti.",
        ["saran located_in karaganda-region"],
      ],
      ["Saranda inşa edildiği Karaganda bölgesini gezdi.", ["saran located_in karaganda-region"]],
    ],
    ignores: ["Kazanda açıldığı söylenen fabrika Konyada."],
  },
  "project-of-place-genitive": {
    reads: [
      [
        "Tataristanın kültür ve sanat günlerini Kazakistanda düzenlemek istiyoruz.",
        ["tatarstan-culture-days involves tatarstan"],
      ],
      ["Kazanın otobüs fabrikası büyüyor.", ["bus-plant located_in kazan"]],
    ],
    ignores: ["Kazanın valisi otobüs fabrikasını gezdi."],
  },
  "project-in-place-locative": {
    reads: [
      ["Şiir festivali Kazanda yapılacak.", ["poetry-festival held_in kazan"]],
      ["Otobüs fabrikası Konyada kuruluyor.", ["bus-plant located_in konya"]],
      // An industrial zone is built somewhere, not held there.
      ["Ortak Sanayi Bölgesi Kazakistanda kuruldu.", ["joint-zone located_in kazakhstan"]],
    ],
    ignores: [
      "Şiir festivali yapıldı; Ayşe Demir Kazanda.",
      // A project in the relative case says where something else is.
      "Konya OSBdeki firmalar Kazakistanda da çalışıyor.",
      // After the event, a place with a participle describes the people, not the event.
      "Şiir festivaline, Kazakistanda yaşayan şairler katıldı.",
    ],
  },
  "involves-demonym": {
    reads: [
      [
        "Büyük bir Kazakistanlı grubu Tataristanda okuyor.",
        ["kazakh-students-in-tatarstan involves kazakhstan"],
      ],
      [
        "Tataristanda okuyan Kazakistanlı öğrenciler mezun oldu.",
        ["kazakh-students-in-tatarstan involves kazakhstan"],
      ],
    ],
    ignores: ["Kazakistanlı öğrenciler geldi, şiir festivali başladı."],
  },
  "involves-countries-people-from": {
    reads: [
      [
        "Kazakistan, Özbekistan ve Türkiyeden 200 öğrencinin katıldığı şiir festivali Kazanda başladı.",
        [
          "poetry-festival involves kazakhstan",
          "poetry-festival involves uzbekistan",
          "poetry-festival involves turkey",
        ],
      ],
      [
        "Bakü Zirvesi, Azerbaycan ve Türkiyeden iş insanlarını buluşturdu.",
        ["baku-summit involves azerbaijan", "baku-summit involves turkey"],
      ],
      [
        "KazanForum, Rusya ve Kazakistandan genç girişimcileri bir araya getirdi.",
        ["kazan-forum involves russia", "kazan-forum involves kazakhstan"],
      ],
    ],
    ignores: [
      // No event the people come to.
      "Kazakistan ve Özbekistandan gelen öğrenciler Kazanda okuyor.",
      // Goods, not people, come from the country.
      "Şiir festivaline Kazakistandan ithal edilen ürünler getirildi.",
      // One person back from a country is no delegation of it.
      "Türkiyeden dönen Ayşe Demir, şiir festivaline katıldı.",
      // People who did not come.
      "Kazakistandan 50 iş insanı şiir festivaline katılmadı.",
    ],
  },
  "visited-gel-dative": {
    reads: [
      ["Erdoğan, zirve için Kazana geldi.", ["recep-tayyip-erdogan visited kazan"]],
      ["Ayşe Demir dün akşam Bişkeke ulaştı.", ["ayse-demir visited bishkek"]],
      ["Dün Kazana gelen Ali Kaya forumu açtı.", ["ali-kaya visited kazan"]],
    ],
    ignores: [
      "Ayşe Demir, Türkiyeye doğal gaz ulaştırmayı hedefliyor.",
      "Kazana gelen mektubu Ayşe Demir okudu.",
      "Ayşe Demir, Kazana gelmedi.",
      // A greeting to the guests, not the speaker's arrival.
      "Ali Kaya, konuklara Kazana hoş geldiniz dedi.",
    ],
  },
  "visited-place-ziyareti": {
    reads: [
      [
        "Minnikhanovun Türkiye ziyareti kapsamında forum düzenlendi.",
        ["minnikhanov visited turkey"],
      ],
      ["Ayşe Demire Kazakistan ziyaretinde Ali Kaya eşlik etti.", ["ali-kaya visited kazakhstan"]],
    ],
    ignores: ["Türkiye ziyareti planlanıyor."],
  },
  "met-with-kabul-karsila": {
    reads: [
      ["Tokayev, Ayşe Demiri kabul etti.", ["tokayev met_with ayse-demir"]],
      [
        "Erdoğanı Kazanda Ayşe Demir ve Ali Kaya karşıladı.",
        [
          "ayse-demir met_with recep-tayyip-erdogan",
          "ali-kaya met_with recep-tayyip-erdogan",
          "recep-tayyip-erdogan visited kazan",
        ],
      ],
    ],
    ignores: ["Ayşe Demir teklifi kabul etti.", "Ayşe Demir, Ali Kayanın kararını kabul etti."],
  },
  "met-with-kabul-karsila (passive)": {
    reads: [
      [
        "Ali Kaya, Taşkentte Ayşe Demir tarafından kabul edildi.",
        ["ayse-demir met_with ali-kaya", "ali-kaya visited tashkent"],
      ],
      [
        "Erdoğan, Kazanda Ali Kaya tarafından karşılandı.",
        ["ali-kaya met_with recep-tayyip-erdogan"],
      ],
      // The place named as a city: "Taşkent şehrinde".
      [
        "Ali Kaya, Taşkent şehrinde Ayşe Demir tarafından karşılandı.",
        ["ayse-demir met_with ali-kaya", "ali-kaya visited tashkent"],
      ],
      // Two hosts joined by "ve" both welcomed the guest.
      [
        "Veli Can, Konyada Vali Ali Kaya ve Milletvekili Ayşe Demir tarafından karşılandı.",
        ["ali-kaya met_with veli-can", "ayse-demir met_with veli-can"],
      ],
    ],
    ignores: [
      "Ali Kaya tarafından hazırlanan rapor kabul edildi.",
      // A reception that did not happen.
      "Ali Kaya, Taşkentte Ayşe Demir tarafından kabul edilmedi.",
      "Erdoğan, Kazanda Ali Kaya tarafından karşılanmadı.",
    ],
  },
  "based-in-ethnic-firm": {
    reads: [
      [
        "Türkiyenin önde gelen şirketlerinden Arçelik, Kazakistana açıldı.",
        ["arcelik based_in turkey"],
      ],
      ["Türk şirketlerinden Arçelik büyüyor.", ["arcelik based_in turkey"]],
      // A demonym names the country too; a copula makes the subject the company.
      ["Kazakistanlı şirket Arçelik, Konyada otel inşa ediyor.", ["arcelik based_in kazakhstan"]],
      ["Arçelik, Türkiyenin en büyük beyaz eşya üreticisidir.", ["arcelik based_in turkey"]],
      ["Türk şirket Arçelik fabrika açtı.", ["arcelik based_in turkey"]],
      ["Tatneft açıklama yaptı. Rus şirketi yatırımı artıracak.", ["tatneft based_in russia"]],
      // A country's company named right after it; "sermayeli", "menşeli".
      ["Rusyanın petrol şirketi Tatneft Kazana yatırım yaptı.", ["tatneft based_in russia"]],
      ["Taşkentte Türk sermayeli LC Waikiki mağaza açtı.", ["lc-waikiki based_in turkey"]],
    ],
    ignores: [
      "Türkiyenin şirketleri Arçelik ile yarışıyor.",
      "Kazakistanda faaliyet gösteren Türk sermayeli şirket sayısı arttı; Arçelik de büyüdü.",
      "Türk halkı Arçeliki seviyor.",
      "Arçelik açıklama yaptı. Forumda Türk şirketleriyle projeler ele alındı.",
      // A copula that says the company is a customer, not a company of the country.
      "Arçelik, Türkiyenin en büyük müşterisidir.",
    ],
  },
  "based-in-merkezli": {
    reads: [
      ["Kazan merkezli Tatneft büyüyor.", ["tatneft based_in kazan"]],
      [
        "Arçelik açıklama yaptı. Konya merkezli şirket yatırım yapacak.",
        ["arcelik based_in konya"],
      ],
    ],
    ignores: ["Konya merkezli bir fuarda Arçelik ve Tatneft vardı."],
  },
  "operates-in-presence": {
    reads: [
      ["Arçelik, Özbekistana 500 buzdolabı ihraç etti.", ["arcelik operates_in uzbekistan"]],
      // Building something in a place is working there.
      ["Arçelik, Kazanda 50 bin kişilik stadyum inşa etti.", ["arcelik operates_in kazan"]],
      [
        "Özbekistanda üretim yapan Arçelik, ihracatını artırdı.",
        ["arcelik operates_in uzbekistan"],
      ],
      ["LC Waikiki, Kazakistanda hizmet veriyor.", ["lc-waikiki operates_in kazakhstan"]],
      ["Arçelik, Özbekistanda yeni bir fabrika açtı.", ["arcelik operates_in uzbekistan"]],
      ["LC Waikiki Bişkeke mağaza açacak.", ["lc-waikiki operates_in bishkek"]],
    ],
    ignores: [
      "Özbekistanda üretim yapan firmalar Arçelik ile görüştü.",
      "Arçelik yöneticisi Kazanda tatil yaptı.",
      "Kazanda fabrika açıldı; Arçelik yok.",
      // A site (an airport, a port) is where a company works, not a market it is active in.
      "Arçelik, Konya Havalimanındaki tesislerini genişletti.",
      // A plant with a name of its own is built there (builds, located_in), not a market.
      "Arçelik, Taşkentte kuracağı otobüs fabrikasıyla büyüyecek.",
    ],
  },
  "located-yer-alan": {
    reads: [
      ["Özbekistanın doğusunda yer alan Taşkent büyüyor.", ["tashkent located_in uzbekistan"]],
      ["Rusyanın kalbinde yerleşen Kazan güzel.", ["kazan located_in russia"]],
    ],
    ignores: ["Listede yer alan Kazan ve Konya."],
  },
  "located-country-then-place": {
    reads: [
      ["Özbekistanda Taşkent bölgesine yatırım.", ["tashkent located_in uzbekistan"]],
      ["Rusyada Kazan şehri büyüyor.", ["kazan located_in russia"]],
    ],
    ignores: [
      // A city named as the country's city in the genitive is part of it (part-of-genitive-subdivision).
      "Türkiyenin Konya ilinde fabrika açıldı.",
      "Türkiyenin Kazan Başkonsolosu geldi.",
      "Türkiyenin Moskova Büyükelçisi konuştu; Rusyadan Kazana döndü.",
    ],
  },
  "located-deki-body": {
    reads: [
      ["Kazandaki Kazan Federal Üniversitesi büyüyor.", ["kazan-university located_in kazan"]],
      ["Konyadaki otobüs fabrikası açıldı.", ["bus-plant located_in konya"]],
      // A body that is no campus has its seat there.
      ["Konyadaki Türk Devletleri Teşkilatı ofisi açıldı.", ["tdt based_in konya"]],
    ],
    ignores: ["Konyadaki toplantıda Kazan Federal Üniversitesi de vardı."],
  },
  "capital-baskenti": {
    reads: [
      ["Kazan, Tataristanın başkenti olarak biliniyor.", ["kazan capital_of tatarstan"]],
      ["Kırgızistanın başkenti Bişkekte zirve yapıldı.", ["bishkek capital_of kyrgyzstan"]],
      ["Özbekistanın başkenti olan Taşkent büyüyor.", ["tashkent capital_of uzbekistan"]],
    ],
    ignores: [
      "Ali Kaya, Tataristanın başkentini gezdi.",
      "Kırgızistanın eski başkenti değil, Bişkek konuşuldu.",
    ],
  },
  "part-of-bagli": {
    reads: [
      ["Rusyaya bağlı Tataristanda seçim var.", ["tatarstan part_of russia"]],
      ["Özbekistana bağlı Taşkent bölgesi büyüyor.", ["tashkent part_of uzbekistan"]],
      // The case on the word for the kind of place.
      ["Konya iline bağlı Kazan köyünde tören yapıldı.", ["kazan part_of konya"]],
    ],
    ignores: ["Rusyaya bağlı kalmak istemeyen Kazan değil."],
  },
  "part-of-genitive-subdivision": {
    reads: [
      ["KONYAnın Kazan ilçesinde tören yapıldı.", ["kazan part_of konya"]],
      ["Özbekistanın Taşkent bölgesine yatırım yapılacak.", ["tashkent part_of uzbekistan"]],
      ["Türkiyenin Konya ilinde fabrika açıldı.", ["konya part_of turkey"]],
    ],
    ignores: [
      // No word for a subdivision: Konya's ties with Kazan.
      "Konyanın Kazan ile ilişkileri gelişiyor.",
      // A comma between: two places in a list.
      "Konyanın, Kazan ilçesinin ve Bişkekin valileri geldi.",
    ],
  },
  "cooperates-pair-tie": {
    reads: [
      ["Astana ve Kazan kardeşliği yıllar önce başladı.", ["nur-sultan cooperates_with kazan"]],
      ["Türkiye-Azerbaycan birliği bölgeye örnek oluyor.", ["turkey cooperates_with azerbaijan"]],
      [
        "Ali Kaya, Türkiye ile Kazakistanın kardeş ülkeler olduğunu söyledi.",
        ["turkey cooperates_with kazakhstan"],
      ],
      ["Rusya ve Kazakistan ilişkileri gelişiyor.", ["russia cooperates_with kazakhstan"]],
    ],
    ignores: [
      // "iş birliği" is the other rules'; a list of three is no pair.
      "Rusya, Türkiye ve Kazakistan ilişkileri ele alındı.",
      "Türkiye ve Rusya savaşın bitmesini istiyor.",
      "Kazakistan ile Türkiyenin ilişkileri gelişmedi.",
    ],
  },
  "cooperates-dash-is-birligi": {
    reads: [
      ["Türkiye-Tataristan ekonomik iş birliği büyüyor.", ["turkey cooperates_with tatarstan"]],
      [
        "Kazakistan-Özbekistan stratejik ortaklığı sürüyor.",
        ["kazakhstan cooperates_with uzbekistan"],
      ],
    ],
    ignores: ["Türkiye-Tataristan maçında iş birliği yoktu, ama çok uzaktı bu iş birliği."],
  },
  "connects-line": {
    reads: [
      [
        "Bakü-Tiflis-Ceyhan Boru Hattı, Azerbaycanı Türkiyeye bağlıyor.",
        ["baku-tbilisi-ceyhan connects azerbaijan", "baku-tbilisi-ceyhan connects turkey"],
      ],
      [
        "Bakü-Tiflis-Ceyhan Boru Hattı, petrolü Gürcistan üzerinden taşıyor.",
        ["baku-tbilisi-ceyhan connects georgia"],
      ],
      [
        "Bakü-Tiflis-Ceyhan Boru Hattıyla Türkiyeye petrol ulaştırılıyor.",
        ["baku-tbilisi-ceyhan connects turkey"],
      ],
      [
        "Bakü-Tiflis-Ceyhan Boru Hattı, Azerbaycandan Gürcistana uzanıyor.",
        ["baku-tbilisi-ceyhan connects azerbaijan", "baku-tbilisi-ceyhan connects georgia"],
      ],
      // A participle before the line, and the place whose oil it carries.
      [
        "Kazakistan petrolünü Türkiyeye taşıyacak Bakü-Tiflis-Ceyhan Boru Hattı uzatılıyor.",
        ["baku-tbilisi-ceyhan connects kazakhstan", "baku-tbilisi-ceyhan connects turkey"],
      ],
      // Passing through places in the ablative.
      [
        "Bakü-Tiflis-Ceyhan Boru Hattının 400 kilometresi Gürcistandan, geri kalanı Türkiyeden geçiyor.",
        ["baku-tbilisi-ceyhan connects georgia", "baku-tbilisi-ceyhan connects turkey"],
      ],
    ],
    ignores: [
      "Bakü-Tiflis-Ceyhan Boru Hattı konuşuldu; geçen yıl Türkiyeden heyet geldi.",
      "Türkiyeden geçen yıl gelen heyet, Bakü-Tiflis-Ceyhan Boru Hattını konuştu.",
      "Bakü-Tiflis-Ceyhan Boru Hattı, Azerbaycanı zengin etti.",
      "Şiir festivali ile Türkiyeye dönüş ertelendi.",
    ],
  },
  "participates-event-dative": {
    reads: [
      [
        "KazanForum başladı. Forum, Ayşe Demirin katılımıyla açıldı.",
        ["ayse-demir participates_in kazan-forum"],
      ],
      [
        "Erdoğan, KazanForuma katılmak üzere Kazana geldi.",
        ["recep-tayyip-erdogan participates_in kazan-forum", "kazan-forum held_in kazan"],
      ],
      [
        "Şiir festivali, Ayşe Demirin katılımıyla açıldı.",
        ["ayse-demir participates_in poetry-festival"],
      ],
      // "katılımları ile", and the names joined to the genitive one.
      [
        "Şiir festivali, Ali Kaya ve Ayşe Demirin katılımları ile açıldı.",
        ["ali-kaya participates_in poetry-festival", "ayse-demir participates_in poetry-festival"],
      ],
      // The participle's subject comes after it.
      [
        "Dün KazanForuma katılan Ali Kaya gazetecilere konuştu.",
        ["ali-kaya participates_in kazan-forum"],
      ],
      // A verb made a noun has its subject in the genitive, and an event word stands for the
      // event named before.
      [
        "Bakü Zirvesi yarın başlıyor. Sözcü Ayşe Demir, Ali Kaya'nın zirveye katılacağını açıkladı.",
        ["ali-kaya participates_in baku-summit"],
      ],
      // "iştirak etmek" is the older word for taking part.
      ["Ali Kaya, Bakü Zirvesine iştirak etti.", ["ali-kaya participates_in baku-summit"]],
    ],
    ignores: [
      "Ayşe Demir, KazanForuma katılmadı.",
      // The speaker of the news is not the one who takes part.
      "Bakü Zirvesi yarın başlıyor. Ayşe Demir, Ali Kaya'nın oğlunun zirveye katılacağını açıkladı.",
      "KazanForuma katılmak isteyenler Ayşe Demire yazdı.",
      "KazanForuma katılan gençler Ali Kayayı dinledi.",
    ],
  },
  "visited-temaslar": {
    reads: [
      ["Taşkentteki temaslarını tamamlayan Ali Kaya Konyaya döndü.", ["ali-kaya visited tashkent"]],
      ["Ayşe Demir, Kazanda temaslarını sürdürüyor.", ["ayse-demir visited kazan"]],
    ],
    ignores: ["Kazanda temaslarda bulunan Ali Kaya ile Ayşe Demir konuştu."],
  },
  "official-sirketin-position": {
    reads: [
      [
        "Arçelik büyüyor. Şirketin bölge müdürü olan Ali Kaya konuştu.",
        ["ali-kaya official_of arcelik"],
      ],
      [
        "LC Waikiki fabrika açacak. Açılışa şirketin Orta Asya direktörü Ayşe Demir katılacak.",
        ["ayse-demir official_of lc-waikiki"],
      ],
    ],
    ignores: ["Şirketin müdürleri toplandı; Ali Kaya ise Kazanda."],
  },
  "met-with-ile-birlikte": {
    reads: [
      ["Ayşe Demir, Ali Kaya ile birlikte foruma katıldı.", ["ayse-demir met_with ali-kaya"]],
      ["Tokayev dün Nazarbayev ile birlikte Astanayı gezdi.", ["tokayev met_with nazarbayev"]],
      ["Ayşe Demir, yarın Ali Kayayla birlikte Kazanı gezecek.", ["ayse-demir met_with ali-kaya"]],
      // "X ve ekibi ile birlikte": X with the team.
      [
        "Ayşe Demir, Ali Kaya ve ekibi ile birlikte Kazanı gezdi.",
        ["ayse-demir met_with ali-kaya"],
      ],
    ],
    ignores: [
      "Ayşe Demir, Kazan ile birlikte Konyayı da gezdi.",
      "Ayşe Demir, Kazanla birlikte Konyayı da gezdi.",
      // Two who went together to see a third met the third, not each other.
      "Ali Kaya, Ayşe Demir ile birlikte Vali Veli Canı ziyaret etti.",
      "Tokayev, Nazarbayevle birlikte Ayşe Demiri kabul etti.",
    ],
  },
  "participates-yer-aldi": {
    reads: [
      [
        "Bakü Zirvesi dün başladı. Aile fotoğrafında Tokayev, Aliyev ve Ayşe Demir yer aldı.",
        [
          "tokayev participates_in baku-summit",
          "ilham-aliyev participates_in baku-summit",
          "ayse-demir participates_in baku-summit",
        ],
      ],
      [
        "Şiir festivalinde Ali Kaya ile Ayşe Demir de hazır bulundu.",
        ["ali-kaya participates_in poetry-festival", "ayse-demir participates_in poetry-festival"],
      ],
    ],
    ignores: [
      "Bakü Zirvesi dün başladı. Kabulde Tokayev ve Aliyev de yer aldı.",
      "Raporda Tokayev ve Aliyev yer aldı.",
      "Bakü Zirvesi bitti. Listede Ayşe Demir yer aldı.",
    ],
  },
  "participates-ev-sahipligi": {
    reads: [
      [
        "Bakü Zirvesi açıldı. Aliyevin ev sahipliğinde düzenlenen zirveye liderler geldi.",
        ["ilham-aliyev participates_in baku-summit"],
      ],
      [
        "KazanForuma ev sahipliği yapan Ayşe Demir konuştu.",
        ["ayse-demir participates_in kazan-forum"],
      ],
      ["Kazan, bu yıl KazanForuma ev sahipliği yaptı.", ["kazan-forum held_in kazan"]],
    ],
    ignores: [
      "Ayşe Demir, misafirlerine evinde ev sahipliği yaptı.",
      "Bakü Zirvesi bitti. Aliyevin ev sahipliğinde akşam yemeği verildi.",
    ],
  },
  "participates-konustu": {
    reads: [
      [
        "Bakü Zirvesinde Ali Kaya ve Ayşe Demir birer konuşma yaptı.",
        ["ali-kaya participates_in baku-summit", "ayse-demir participates_in baku-summit"],
      ],
      ["Ayşe Demir, KazanForumda konuştu.", ["ayse-demir participates_in kazan-forum"]],
      [
        "Bakü Zirvesi başladı. Zirvede konuşan Tokayev barış çağrısı yaptı.",
        ["tokayev participates_in baku-summit"],
      ],
      [
        "Şiir festivalinde bir konuşma yapan Ali Kaya alkışlandı.",
        ["ali-kaya participates_in poetry-festival"],
      ],
      // A part of the event: its opening, a session.
      [
        "KazanForumun açılışında konuşan Ali Kaya, iş birliğine dikkat çekti.",
        ["ali-kaya participates_in kazan-forum"],
      ],
    ],
    ignores: [
      "Ayşe Demir, Kazanda konuştu.",
      "Ayşe Demir, KazanForum hakkında konuştu.",
      "Bakü Zirvesi bitti. Tokayev, telefonda Aliyev ile konuştu.",
    ],
  },
  "visited-locative-olacak": {
    reads: [
      ["Ayşe Demir, gelecek hafta iki günlüğüne Kazanda olacak.", ["ayse-demir visited kazan"]],
      ["Tokayev, zirve nedeniyle cuma günü Bişkekte bulunacak.", ["tokayev visited bishkek"]],
    ],
    ignores: [
      "Şiir festivali gelecek yıl Kazanda olacak.",
      "Ayşe Demir, toplantının Kazanda olacağını söyledi.",
      "Ayşe Demir, Kazanda olacak toplantıya katılmayacak.",
    ],
  },
  "participates-baskanlik-ettigi": {
    reads: [
      [
        "Tokayev ile Aliyevin başkanlık ettiği Bakü Zirvesi sona erdi.",
        [
          "tokayev participates_in baku-summit",
          "ilham-aliyev participates_in baku-summit",
          "tokayev met_with ilham-aliyev",
        ],
      ],
      [
        "Dün Kazanda, Ali Kayanın başkanlık yaptığı Türk Devletleri Teşkilatı toplantısı yapıldı.",
        ["ali-kaya participates_in tdt"],
      ],
    ],
    ignores: [
      "Ali Kaya, Bakü Zirvesine başkanlık etmeyi reddetti.",
      "Ayşe Demirin başkanlık ettiği yıllar geride kaldı.",
    ],
  },
  "operates-branch": {
    reads: [
      ["Arçelik Kazakistan ofisi yeni binasına taşındı.", ["arcelik operates_in kazakhstan"]],
      ["LC Waikikinin Özbekistan mağazası açıldı.", ["lc-waikiki operates_in uzbekistan"]],
      // Places joined by "ve" share the outpost; flights are one too.
      [
        "Arçelikin Kazan ve Bişkek seferleri yazın artacak.",
        ["arcelik operates_in kazan", "arcelik operates_in bishkek"],
      ],
    ],
    ignores: [
      "Ayşe Demir Kazakistan ofisine gitti.",
      "Arçelik Kazakistanda şube açmadı.",
      "Kazakistan şubesi kapandı, Arçelik ise büyüyor.",
    ],
  },
  "located-nested-locative": {
    reads: [
      [
        "Toplantı Kazanda Kazan Federal Üniversitesinde yapıldı.",
        ["kazan-university located_in kazan"],
      ],
      ["Festival, Konyada Abay parkında düzenlendi.", ["abai-park located_in konya"]],
    ],
    ignores: [
      "Ayşe Demir Kazanda, Ali Kaya Konyada kaldı.",
      "Ayşe Demir, Kazanda, Konyada ve Bişkekte konuştu.",
      "Türkiyede Kazakistanda olduğu gibi seçim var.",
    ],
  },
  "builds-company-subject": {
    reads: [
      ["Arçelik, Konyada bir otobüs fabrikası inşa ediyor.", ["arcelik builds bus-plant"]],
      [
        "LC Waikiki gelecek yıl Taşkentte otobüs fabrikası kuracak.",
        ["lc-waikiki builds bus-plant"],
      ],
      ["Arçelik, Konyada yeni bir otobüs fabrikası açtı.", ["arcelik builds bus-plant"]],
      // The passive with its agent: "X tarafından kuruldu".
      [
        "Otobüs fabrikası LC Waikiki tarafından Taşkentte kuruldu.",
        ["lc-waikiki builds bus-plant"],
      ],
    ],
    ignores: [
      "Ali Kaya, otobüs fabrikası açıldığında Arçeliki ziyaret edecek.",
      "Arçelik, otobüs fabrikası inşa edilirse bayi açacak.",
      "Arçelikin müdürü Ali Kaya, otobüs fabrikası kuracak.",
      "Arçelik tarafından yapılan açıklamada otobüs fabrikasının kapanacağı bildirildi.",
    ],
  },
  "participates-body-meeting": {
    reads: [
      [
        "Ali Kaya, Türk Devletleri Teşkilatının Konyada yapılan toplantısında konuştu.",
        ["ali-kaya participates_in tdt", "ali-kaya visited konya"],
      ],
      ["Ayşe Demir, DEİKin genel kurulunda bir sunum yaptı.", ["ayse-demir participates_in deik"]],
    ],
    ignores: [
      "Ali Kaya, Türk Devletleri Teşkilatının toplantısına katılmadı.",
      "Türk Devletleri Teşkilatının toplantısında Ali Kayadan söz edildi.",
    ],
  },
  "met-with-heyet": {
    reads: [
      [
        "Tokayev, Ali Kaya başkanlığındaki Türk heyetini kabul etti.",
        ["tokayev met_with ali-kaya"],
      ],
      [
        "Ayşe Demir, Kazanda Ali Kaya başkanlığındaki iş heyetiyle görüştü.",
        ["ayse-demir met_with ali-kaya"],
      ],
    ],
    ignores: [
      "Ali Kaya başkanlığındaki heyet Kazana gitti.",
      "Ayşe Demir, Ali Kaya başkanlığındaki heyetin raporunu okudu.",
    ],
  },
  "part-of-region-ulkesi": {
    reads: [
      ["Orta Asya ülkesi Kazakistan yatırım bekliyor.", ["kazakhstan part_of central-asia"]],
      ["Orta Asya ülkelerinden Özbekistan ile ticaret arttı.", ["uzbekistan part_of central-asia"]],
    ],
    ignores: [
      "Orta Asya ülkesinin lideri Kazakistana gitti.",
      "Kazakistan, Orta Asya ülkesi değil mi?",
    ],
  },
  "participates-katilim-acilis": {
    reads: [
      ["Ayşe Demir dün KazanForuma katılım sağladı.", ["ayse-demir participates_in kazan-forum"]],
      [
        "Ali Kaya, şiir festivalinin açılış konuşmasını yaptı.",
        ["ali-kaya participates_in poetry-festival"],
      ],
      [
        "Arçelik, Bakü Zirvesinin açılışını gerçekleştirdi.",
        ["arcelik participates_in baku-summit"],
      ],
    ],
    ignores: [
      "Ali Kaya, otobüs fabrikasının açılışını yaptı.",
      "Ayşe Demir, KazanForuma katılım sağlanamadığını söyledi Konyada.",
      "Ali Kaya, şiir festivalinin açılışını bekledi.",
    ],
  },
  "visited-karsilandi-ayrildi": {
    reads: [
      ["Ayşe Demir, Bişkekte resmi törenle karşılandı.", ["ayse-demir visited bishkek"]],
      ["Temaslarını tamamlayan Tokayev, Taşkentten ayrıldı.", ["tokayev visited tashkent"]],
      ["Dün Kazanda ağırlanan Ali Kaya konuştu.", ["ali-kaya visited kazan"]],
    ],
    ignores: [
      // Leaving home is no visit.
      "Erdoğan, dün akşam Ankaradan ayrıldı.",
      "Ayşe Demir, Kazanda karşılanacak heyeti bekliyor.",
      "Ali Kaya, Kazandan ayrılan heyete veda etti.",
    ],
  },
  "official-of-institution": {
    reads: [
      [
        "Kazakistan Başbakanlığından yapılan açıklamaya göre Başbakan Ali Kaya yatırımcılarla görüştü.",
        ["ali-kaya official_of kazakhstan"],
      ],
      [
        "Azerbaycan Cumhurbaşkanlığının duyurusuna göre Cumhurbaşkanı Ayşe Demir yarın Konyaya gidecek.",
        ["ayse-demir leader_of azerbaijan"],
      ],
      [
        "Özbekistan Dışişleri Bakanlığı açıklamasına göre Bakan Ali Kaya Kazana gitti.",
        ["ali-kaya official_of uzbekistan"],
      ],
    ],
    ignores: [
      // Another office than the institution's.
      "Kazakistan Başbakanlığından yapılan açıklamaya göre Cumhurbaşkanı Ayşe Demir konuştu.",
      // The title's own owner says whose it is; that is the title's, not this rule's.
      "Kazakistan Başbakanlığı açıklama yaptı; Türkiye Başbakanı Ali Kaya da konuştu.",
    ],
  },
  "located-dative-kurulacak": {
    reads: [
      [
        "Kazakistana kurulacak otobüs fabrikası 500 kişiye iş verecek.",
        ["bus-plant located_in kazakhstan"],
      ],
      ["Konyaya inşa edilecek Abay parkı için ihale açıldı.", ["abai-park located_in konya"]],
    ],
    ignores: [
      "Kazakistana kurulacak heyetle otobüs fabrikası konuşuldu, Konyada.",
      "Konyaya yapılacak ziyaret ertelendi; otobüs fabrikası ise açıldı.",
    ],
  },
  "met-with-ziyaret-person": {
    reads: [
      ["Ali Kaya, Vali Ayşe Demiri makamında ziyaret etti.", ["ali-kaya met_with ayse-demir"]],
      ["Tokayevi ziyaret eden Ali Kaya, Kazana döndü.", ["ali-kaya met_with tokayev"]],
      // Everyone the subject names, and each of the people visited.
      [
        "Ali Kaya ve yardımcısı Ayşe Demir, Vali Veli Canı ziyaret etti.",
        ["ali-kaya met_with veli-can", "ayse-demir met_with veli-can"],
      ],
      [
        "Ali Kaya, Ayşe Demir ile birlikte Vali Veli Canı makamında ziyaret etti.",
        ["ali-kaya met_with veli-can", "ayse-demir met_with veli-can"],
      ],
      [
        "Ali Kaya, Veli Can ile Ayşe Demiri ziyaret etti.",
        ["ali-kaya met_with veli-can", "ali-kaya met_with ayse-demir"],
      ],
    ],
    ignores: [
      "Ali Kaya, Kazanı ziyaret etti.",
      "Ali Kaya, Ayşe Demirin ziyaretini değerlendirdi.",
      // The one visited is the mother; the person in the genitive was not met.
      "Ali Kaya, Veli Canın annesini ziyaret etti.",
    ],
  },
  "agreement-ile-imzaladi": {
    reads: [
      [
        "Arçelik, Kazakistan hükümeti ile yatırım anlaşması imzaladı.",
        ["arcelik agreement_with kazakhstan"],
      ],
      ["Türkiye, dün Azerbaycan ile 5 anlaşma imzaladı.", ["turkey agreement_with azerbaijan"]],
    ],
    ignores: [
      "Türkiye, Azerbaycan ile anlaşma imzalamadı.",
      // Talked with, no agreement signed.
      "Türkiye, Azerbaycan ile anlaşmaları görüştü.",
    ],
  },
  "participates-tarafindan": {
    reads: [
      [
        "Ali Kaya ve Ayşe Demir tarafından temeli atılan otobüs fabrikası 500 kişiye iş verecek.",
        ["ali-kaya participates_in bus-plant", "ayse-demir participates_in bus-plant"],
      ],
      // The organiser of an event takes part in it.
      [
        "Türk Devletleri Teşkilatı tarafından düzenlenen KazanForum sona erdi.",
        ["tdt participates_in kazan-forum"],
      ],
      // The finite verb: the project is named before.
      ["Şiir festivali Ali Kaya tarafından açıldı.", ["ali-kaya participates_in poetry-festival"]],
    ],
    ignores: [
      // Criticised, not opened, by them.
      "Otobüs fabrikası Ali Kaya tarafından eleştirildi.",
      // Built by a company: builds, not taking part.
      "Arçelik tarafından inşa edilen otobüs fabrikası açıldı.",
    ],
  },
  "held-in-locative-duzenlenen": {
    reads: [
      // An event word after the participle stands for the event named before; a classifier
      // ("şehrinde") may follow the place.
      [
        "Bakü Zirvesi için hazırlık sürüyor. Ali Kaya, Konya şehrinde düzenlenecek zirveye katılacak.",
        ["baku-summit held_in konya"],
      ],
      // A venue with its abbreviation in brackets.
      [
        "Kazan Federal Üniversitesinde (KFÜ) düzenlenen KazanForum sona erdi.",
        ["kazan-forum held_in kazan-university"],
      ],
      // The finite verb: the event is the sentence's subject.
      ["Şiir festivali bu yıl Taşkentte düzenlendi.", ["poetry-festival held_in tashkent"]],
    ],
    ignores: [
      // No event is named: the meeting word stands for nothing.
      "Ali Kaya, Konyada düzenlenen toplantıya katıldı.",
      // A built thing is not held anywhere.
      "Otobüs fabrikası için Konyada yapılan yatırım arttı.",
      // "organizasyon" stands for any event: with two named, no telling which.
      "Bakü Zirvesi ve KazanForum yakında başlayacak. Konyada düzenlenen organizasyona Ali Kaya katıldı.",
    ],
  },
  "visited-meeting-place": {
    reads: [
      [
        "Kırgızistan Büyükelçisi Ali Kaya, Konyada işadamlarıyla biraraya geldi.",
        ["ali-kaya visited konya"],
      ],
      // A participle's subject follows it; the title named before says where the person is from.
      [
        "Kırgızistan Büyükelçisi Ali Kaya konuştu. Konyada işadamları ile buluşan Büyükelçi Ali Kaya, yatırım çağrısı yaptı.",
        ["ali-kaya visited konya"],
      ],
      // A partner away from a home the gazetteer knows: Tokayev in Ankara.
      [
        "Cumhurbaşkanı Erdoğan, Ankarada Kazakistan Cumhurbaşkanı Tokayev ile görüştü.",
        ["tokayev visited ankara"],
      ],
    ],
    ignores: [
      // At home: Turkey's president in Ankara; his guest's home is not known, who may be his own
      // minister.
      "Cumhurbaşkanı Erdoğan, Ankarada Ayşe Demir ile görüştü.",
      // Nobody's home is known: no telling who came.
      "Ali Kaya, Konyada Ayşe Demir ile görüştü.",
      // A meeting that did not happen.
      "Kırgızistan Büyükelçisi Ali Kaya, Konyada işadamlarıyla görüşmedi.",
    ],
  },
  "background-facts": {
    reads: [
      ["Tataristan ve Rusya arasında uçuşlar var.", ["tatarstan part_of russia"]],
      ["Astana ve Kazakistan hakkında kitap çıktı.", ["nur-sultan capital_of kazakhstan"]],
    ],
    ignores: [
      "Tataristan güzel bir yer.",
      // A city or country named inside an office or an institution says nothing of the capital.
      "Kırgızistanın Ankara Büyükelçisi Ali Kaya, Türkiye ile ilişkileri anlattı.",
      "Kazakistan Başbakanlığından yapılan açıklamaya göre Ali Kaya Astanada görüştü.",
    ],
  },
};

describe("the relation rules, each on its own sentences", () => {
  it("every rule in the table has sentences it reads and look-alikes it ignores", () => {
    for (const rule of RULES) {
      const c = CASES[rule.name];
      expect(c, `sentences for rule ${rule.name}`).toBeDefined();
      expect(c.reads.length, `${rule.name}: sentences it reads`).toBeGreaterThanOrEqual(2);
      expect(c.ignores.length, `${rule.name}: look-alikes`).toBeGreaterThanOrEqual(1);
      expect(rule.example.length, `${rule.name}: example`).toBeGreaterThan(0);
    }
    expect(
      Object.keys(CASES).filter((n) => !RULE_NAMES.includes(n.replace(/ \(.*\)$/u, ""))),
    ).toEqual([]);
  });

  describe.each(Object.keys(CASES).map((k) => [k]))("%s", (key) => {
    const name = key.replace(/ \(.*\)$/u, "");
    const c = CASES[key];
    it.each(c?.reads ?? [])("reads %j", (text, expected) => {
      expect(byRule(name, text)).toEqual(expect.arrayContaining(expected));
    });
    it.each((c?.ignores ?? []).map((t) => [t]))("leaves alone %j", (text) => {
      expect(byRule(name, text)).toEqual([]);
    });
  });

  it("a zone named by its short name is still a zone: located, not held", () => {
    expect(byRule("project-in-place-locative", "Alabay, Kazakistanda büyüyor.")).toEqual([
      "alabay-zone located_in kazakhstan",
    ]);
    expect(
      byRule("project-in-place-locative", "Alabay Özel Ekonomi Bölgesi Kazakistanda kuruldu."),
    ).toEqual(["alabay-zone located_in kazakhstan"]);
  });

  it("people who went together to see someone met that person, not each other", () => {
    const text = "Ali Kaya, Ayşe Demir ile birlikte Vali Veli Canı ziyaret etti.";
    expect(byRule("met-with-ziyaret-person", text).sort()).toEqual([
      "ali-kaya met_with veli-can",
      "ayse-demir met_with veli-can",
    ]);
    const welcomed = "Veli Can, Konyada Ali Kaya ve Ayşe Demir tarafından karşılandı.";
    expect(byRule("met-with-kabul-karsila", welcomed)).not.toContain(
      "ali-kaya met_with ayse-demir",
    );
  });

  it("a visitor's list ends where a partner with 'ile' begins", () => {
    const text =
      "Konyada iki gün boyunca çeşitli temaslarda bulunan Ali Kaya, Ayşe Demir ile görüştü.";
    expect(byRule("visited-bulunan", text)).toEqual(["ali-kaya visited konya"]);
    const list = "Konyada temaslarda bulunan Ali Kaya, Veli Can ve Ayşe Demir ile görüştü.";
    expect(byRule("visited-bulunan", list)).toEqual(["ali-kaya visited konya"]);
  });

  it("an embedded visit is its genitive subject's, not the speaker's", () => {
    const text = "Ali Kaya, Ayşe Demirin Kazanı ziyaret ettiğini söyledi.";
    expect(byRule("visited-accusative-ziyaret", text)).toEqual(["ayse-demir visited kazan"]);
  });

  it("a visit asked of someone else is theirs, not the asker's", () => {
    const text = "Ali Kaya, Ayşe Demirin Kazanı ziyaret etmesini istedi.";
    expect(byRule("visited-accusative-ziyaret", text)).toEqual(["ayse-demir visited kazan"]);
  });

  it("an embedded arrival is its genitive subject's, not the speaker's", () => {
    const text = "Ali Kaya, Ayşe Demirin dün Kazana geldiğini söyledi.";
    expect(byRule("visited-gel-dative", text)).toEqual(["ayse-demir visited kazan"]);
  });

  it("a body that owns the title of the one who came does not take part itself", () => {
    const text = "Türk Devletleri Teşkilatı Genel Sekreteri Ali Kaya da KazanForuma katıldı.";
    expect(byRule("participates-katildi", text)).toEqual(["ali-kaya participates_in kazan-forum"]);
  });

  it("in a list of who came to the event, a body named for its officials does not take part itself", () => {
    const text =
      "KazanForum başladı. Etkinliğe; Ayşe Demir, DEİK Başkanı Ali Kaya, Arçelik ve LC Waikiki yetkilileri katıldı.";
    expect(byRule("participates-katildi", text).sort()).toEqual([
      "ali-kaya participates_in kazan-forum",
      "ayse-demir participates_in kazan-forum",
    ]);
  });

  it("a name in quotation marks takes its case after the closing mark", () => {
    const text = 'Ali Kaya, "KazanForum"a katıldı.';
    expect(mentionsOf(text, "kazan-forum")).toEqual(['KazanForum"a']);
    expect(byRule("participates-katildi", text)).toEqual(["ali-kaya participates_in kazan-forum"]);
  });

  it("'our president' is the one the article names with the bare title, not the foreign one named last", () => {
    const text =
      "Cumhurbaşkanı Erdoğan, Bakü Zirvesine katılacak. Azerbaycan Cumhurbaşkanı İlham Aliyev zirveye ev sahipliği yapacak. Sözcü Ali Kaya, Sayın Cumhurbaşkanı'mızın KazanForuma da katılacağını söyledi.";
    expect(relations(text)).toContain("recep-tayyip-erdogan participates_in kazan-forum");
    expect(relations(text)).not.toContain("ilham-aliyev participates_in kazan-forum");
  });

  it("a dateline on a line of its own owns no office on the next line", () => {
    const text = "Ankara\nCumhurbaşkanlığı Sözcüsü Ali Kaya açıklama yaptı.";
    expect(relations(text)).not.toContain("ali-kaya official_of ankara");
    expect(relations("Ankara Valisi Ali Kaya açıklama yaptı.")).toContain(
      "ali-kaya official_of ankara",
    );
  });

  it("a meeting's subject is the person in the nominative, not a genitive one before it", () => {
    const text = "Tokayevin adını taşıyan parkı gezen Ayşe Demir, Ali Kaya ile bir araya geldi.";
    expect(byRule("met-with-ile", text)).toEqual(["ayse-demir met_with ali-kaya"]);
  });

  it("switching a rule off removes what only it found", () => {
    const text = "Aliyev, Ankarayı ziyaret etti.";
    expect(found("visited-accusative-ziyaret", text)).toContain("ilham-aliyev visited ankara");
    const { document } = extractArticles([{ id: "t", text }], gazetteer, {
      disableRules: ["visited-accusative-ziyaret"],
    });
    expect(document.relations.map((r) => r.id)).not.toContain("r-ilham-aliyev-visited-ankara");
  });
});

/** The texts of the mentions of one entity. */
function mentionsOf(text: string, entity: string): string[] {
  const { document } = extractArticles([{ id: "t", text }], gazetteer);
  return (document.entities.find((e) => e.id === entity)?.mentions ?? []).map((m) => m.text);
}

/** Every typed relation found, all rules and titles together. */
function relations(text: string): string[] {
  const { document } = extractArticles([{ id: "t", text }], gazetteer);
  return document.relations
    .filter((r) => r.type !== "co_occurs")
    .map((r) => `${r.source} ${r.type} ${r.target}`);
}

describe("events in one clause", () => {
  it("an event is held in the place of its own clause, not in one named after 'ancak'", () => {
    const found = byRule(
      "project-in-place-locative",
      "Şiir festivali Konyada yapılacak, ancak Ayşe Demir Kazanda kalacak.",
    );
    expect(found).toEqual(["poetry-festival held_in konya"]);
  });
});

describe("offices named by titles", () => {
  it("two offices joined by 've' have the one holder named after the second", () => {
    expect(
      relations(
        "Türk Devletleri Teşkilatı Genel Sekreter Yardımcısı ve Enerji Danışmanı Ali Kaya konuştu.",
      ),
    ).toContain("ali-kaya official_of tdt");
    expect(
      relations(
        "Türk Devletleri Teşkilatı Genel Sekreter Yardımcısı ve ekibi ile Ali Kaya görüştü.",
      ),
    ).not.toContain("ali-kaya official_of tdt");
  });

  it("an office in a body we do not know is not the country named in that body's name", () => {
    const text = "DEİK Türkiye-Kazakistan İş Konseyi Başkanı Ali Kaya konuştu.";
    expect(relations(text)).toContain("ali-kaya official_of deik");
    expect(relations("Türkiye-Kazakistan İş Konseyi Başkanı Ali Kaya konuştu.")).toEqual([]);
    // A ministry is the country's: "Kazakistan Ticaret Bakanlığı Müsteşarı".
    expect(relations("Kazakistan Ticaret Bakanlığı Müsteşarı Ali Kaya konuştu.")).toContain(
      "ali-kaya official_of kazakhstan",
    );
  });

  it("an office before 'olarak' is the subject's, before 'olan' the next name's", () => {
    expect(relations("Ali Kaya, Kazakistanın Ankara Büyükelçisi olarak görev yapıyor.")).toContain(
      "ali-kaya official_of kazakhstan",
    );
    expect(relations("Kazakistanın Ankara Büyükelçisi olan Ali Kaya konuştu.")).toContain(
      "ali-kaya official_of kazakhstan",
    );
    // The subject of another sentence is not the holder.
    expect(
      relations(
        "Ali Kaya konuştu. Ayşe Demirin babası, Kazakistanın Ankara Büyükelçisi olarak çalıştı.",
      ),
    ).not.toContain("ali-kaya official_of kazakhstan");
  });

  it("a company's office for a country is the company's: 'Arçelik'in Özbekistan Genel Müdürü'", () => {
    const found = relations("Ali Kaya, Arçelik'in Özbekistan Genel Müdürü olarak atandı.");
    expect(found).toContain("ali-kaya official_of arcelik");
    expect(found).not.toContain("ali-kaya official_of uzbekistan");
  });

  it("a body's office for a city belongs to the body; without a body, to the city", () => {
    const body = relations("Türk Devletleri Teşkilatı Kazan Temsilcisi Ali Kaya geldi.");
    expect(body).toContain("ali-kaya official_of tdt");
    expect(body).not.toContain("ali-kaya official_of kazan");
    expect(relations("Kazan Temsilcisi Ali Kaya geldi.")).toContain("ali-kaya official_of kazan");
  });

  it("'il valisi' is the governor of the city named last, and of none when none was named", () => {
    expect(
      relations("Konya ilinde otobüs fabrikası açıldı. Törende il valisi Ali Kaya konuştu."),
    ).toContain("ali-kaya official_of konya");
    expect(relations("Törende il valisi Ali Kaya konuştu.")).toEqual([]);
  });

  it("a title right before another names whose office it is, not a person", () => {
    const twice =
      "Kazakistan Cumhurbaşkanı Tokayev konuştu. Cumhurbaşkanı Müşaviri Ali Kaya da oradaydı.";
    expect(mentionsOf(twice, "tokayev")).toEqual(["Kazakistan Cumhurbaşkanı", "Tokayev"]);
    const alone = "Kazakistan Cumhurbaşkanı Tokayev konuştu. Cumhurbaşkanı da oradaydı.";
    expect(mentionsOf(alone, "tokayev")).toEqual([
      "Kazakistan Cumhurbaşkanı",
      "Tokayev",
      "Cumhurbaşkanı",
    ]);
  });

  it("an honorific 'Sn.' between a title and the name keeps the title that person's", () => {
    const found = relations("Türkiye Ticaret Bakanı Sn. Ali Kaya Kazana geldi.");
    expect(found).toContain("ali-kaya official_of turkey");
    expect(found).not.toContain("mehmet-mus official_of turkey");
  });

  it("a vice-president is an official of the country, not the president ('Cumhurbaşkanı Yardımcısı')", () => {
    const text = "Azerbaycan Cumhurbaşkanı Yardımcısı Ali Kaya konuştu.";
    expect(relations(text)).toContain("ali-kaya official_of azerbaijan");
    expect(relations(text)).not.toContain("ali-kaya leader_of azerbaijan");
    expect(mentionsOf(text, "ilham-aliyev")).toEqual([]);
  });

  it("'Başkanı' after words of a state body heads the body, not the state; right after it, the state", () => {
    const senate = relations("Kazakistan Senato Başkanı Ali Kaya konuştu.");
    expect(senate).toContain("ali-kaya official_of kazakhstan");
    expect(senate).not.toContain("ali-kaya leader_of kazakhstan");
    expect(relations("Kazakistan Başkanı Ali Kaya konuştu.")).toContain(
      "ali-kaya leader_of kazakhstan",
    );
  });

  it("a bare title right before a name it has named before is that person, in any case", () => {
    const text =
      "Cumhurbaşkanı Ali Kaya, Kazakistan Cumhurbaşkanı Tokayevi karşıladı. " +
      "Tokayevi uğurlayan Cumhurbaşkanı Ali Kayaya teşekkür edildi.";
    expect(mentionsOf(text, "ali-kaya")).toEqual([
      "Cumhurbaşkanı",
      "Ali Kaya",
      "Cumhurbaşkanı",
      "Ali Kayaya",
    ]);
    expect(mentionsOf(text, "tokayev")).toEqual([
      "Kazakistan Cumhurbaşkanı",
      "Tokayevi",
      "Tokayevi",
    ]);
  });

  it("a title whose possessive gives way to 'our' is still that title ('Bakan Yardımcımız')", () => {
    const text =
      "Tarım Bakan Yardımcımız Ali Kaya, Kazakistan Tarım Bakanı Ayşe Demiri ziyaret etti.";
    expect(mentionsOf(text, "ayse-demir")).not.toContain("Bakan");
    expect(mentionsOf(text, "ali-kaya")).toContain("Ali Kaya");
    expect(mentionsOf(text, "ali-kaya").some((m) => m.includes("Yardımcımız"))).toBe(true);
  });

  it("'Başkan Vekili' (acting chair) is an office of the body before it", () => {
    expect(relations("DEİK Başkan Vekili Ali Kaya, Kazana geldi.")).toContain(
      "ali-kaya official_of deik",
    );
  });

  it("an office named again without its holder is whoever this article named in it", () => {
    const text =
      "Türkmenistan Devlet Başkanı Ali Kaya geldi. Türkmenistan Devlet Başkanı, forumda konuştu.";
    expect(mentionsOf(text, "ali-kaya")).toEqual([
      "Türkmenistan Devlet Başkanı",
      "Ali Kaya",
      "Türkmenistan Devlet Başkanı",
    ]);
  });

  it("a bare title before a name in the genitive is that person ('Cumhurbaşkanı Aliyev'in desteği')", () => {
    const text =
      "Kazakistan Cumhurbaşkanı Tokayev geldi. Sayın Cumhurbaşkanı Aliyevin desteği önemli.";
    expect(mentionsOf(text, "ilham-aliyev")).toEqual(["Cumhurbaşkanı", "Aliyevin"]);
    expect(mentionsOf(text, "tokayev")).toEqual(["Kazakistan Cumhurbaşkanı", "Tokayev"]);
  });
});
