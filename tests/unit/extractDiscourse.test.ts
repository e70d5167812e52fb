// Discourse: a sentence that speaks of something the article named before by a description
// ("Şirket", "Tesis", "Forumda", "Kentte", "Türk şirketi", "İş Forumu") gives its relation to that
// entity, with the sentence as evidence; a description with no compatible antecedent, an ambiguous
// one or one too far back gives nothing. Sentences written for these tests.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULE_NAMES, compileGazetteer, extractArticles } from "../../src/extract/index";
import { analyseArticle } from "../../src/extract/extract";

const shipped = JSON.parse(readFileSync("data/gazetteer.json", "utf8"));
const gazetteer = compileGazetteer({
  ...shipped,
  entities: [
    ...shipped.entities,
    { id: "ali-kaya", type: "person", label: "Ali Kaya", aliases: ["Ali Kaya"] },
    { id: "ayse-demir", type: "person", label: "Ayşe Demir", aliases: ["Ayşe Demir"] },
    { id: "kazan", type: "place", label: "Kazan", aliases: ["Kazan"] },
    { id: "tashkent", type: "place", label: "Tashkent", aliases: ["Taşkent"] },
    { id: "konya-airport", type: "place", label: "Konya Airport", aliases: ["Konya Havalimanı"] },
    { id: "arcelik", type: "company", label: "Arçelik", aliases: ["Arçelik"] },
    { id: "vestel", type: "company", label: "Vestel", aliases: ["Vestel"] },
    {
      id: "rspp",
      type: "organisation",
      label: "Russian Union of Industrialists",
      aliases: ["Rusya Sanayiciler Birliği"],
    },
    {
      id: "trade-forum",
      type: "project",
      label: "Turkish-Uzbek Trade Forum",
      aliases: ["Türk-Özbek Ticaret Forumu"],
    },
    { id: "baku-build", type: "project", label: "Baku Build", aliases: ["Baku Build"] },
    { id: "steel-plant", type: "project", label: "Steel plant", aliases: ["Çelik Tesisi"] },
  ],
});

/** Every typed relation of a text as "source type target". */
function relations(text: string, disable: string[] = []): string[] {
  const { document } = extractArticles([{ id: "t", text }], gazetteer, { disableRules: disable });
  return document.relations
    .filter((r) => r.type !== "co_occurs")
    .map((r) => `${r.source} ${r.type} ${r.target}`);
}

/** What each description of a text was read as: "Şirket -> arcelik". */
function references(text: string): string[] {
  const a = analyseArticle({ id: "t", text }, gazetteer);
  return a.references.map((r) => `${a.source.text.slice(r.start, r.end)} -> ${r.entity}`);
}

describe("a description stands for the entity named before it", () => {
  it("'Şirket' after Arçelik: Arçelik produces in Kazan, with the description as evidence", () => {
    const text =
      "Arçelik, Taşkent'te yeni bir fabrika kuracak. Şirket, Kazan'da da üretim yapıyor.";
    const { document } = extractArticles([{ id: "t", text }], gazetteer);
    const rel = document.relations.find((r) => r.id === "r-arcelik-operates_in-kazan");
    expect(rel).toBeDefined();
    const evidence = rel!.evidence[0];
    expect(text.slice(evidence.start, evidence.end)).toBe("Şirket, Kazan'da da üretim yapıyor.");
    expect(evidence.triggers?.map((t) => text.slice(t.start, t.end))).toContain("Şirket");
    // Without the discourse step the second sentence says nothing about Arçelik.
    expect(relations(text, ["coreference-description"])).not.toContain("arcelik operates_in kazan");
  });

  it("'Forum' is held where the sentence says, 'Tesis' is located there", () => {
    expect(
      relations("Türk-Özbek Ticaret Forumu yarın başlayacak. Forum, Taşkent'te düzenlenecek."),
    ).toContain("trade-forum held_in tashkent");
    expect(relations("Çelik Tesisi için anlaşma imzalandı. Tesis, Kazan'da kurulacak.")).toContain(
      "steel-plant located_in kazan",
    );
  });

  it("a short form of the name ('Ticaret Forumu'na') is the forum named in full before", () => {
    const text =
      "Türk-Özbek Ticaret Forumu Taşkent'te başladı. Ticaret Forumu'na Ali Kaya katıldı.";
    expect(references(text)).toEqual(["Ticaret Forumu'na -> trade-forum"]);
    expect(relations(text)).toContain("ali-kaya participates_in trade-forum");
  });

  it("'Kentte' is the city named before, 'Ülkede' the country", () => {
    expect(
      relations(
        "Taşkent, Özbekistan'ın en büyük şehri. Kentte temaslarda bulunan Ali Kaya, yatırımcılarla görüştü.",
      ),
    ).toContain("ali-kaya visited tashkent");
    expect(
      relations(
        "Ali Kaya, Kazakistan'ın ekonomisini anlattı. Ülkede faaliyet gösteren Arçelik, yeni bir fabrika kuracak.",
      ),
    ).toContain("arcelik operates_in kazakhstan");
  });

  it("'düzenlenecek Zirveye', 'söz konusu fuar': a described or pointed-at event", () => {
    expect(
      references("Baku Build dün açıldı. Bakü'de düzenlenen fuarda Arçelik de yer aldı."),
    ).toEqual(["fuarda -> baku-build"]);
    expect(references("Baku Build dün açıldı. Söz konusu fuar beş gün sürecek.")).toEqual([
      "fuar -> baku-build",
    ]);
  });
});

describe("a body by its head word", () => {
  it("'Birliğin Başkanı Ali Kaya' after the union is named: Kaya is its official", () => {
    const text =
      "Rusya Sanayiciler Birliği dün bir açıklama yaptı. Birliğin Başkanı Ali Kaya, Kazan'ı ziyaret etti.";
    expect(references(text)).toEqual(["Birliğin -> rspp"]);
    expect(relations(text)).toContain("ali-kaya official_of rspp");
  });

  it("a union the gazetteer does not know, named in between, makes 'Birlik' unsure", () => {
    expect(
      references(
        "Rusya Sanayiciler Birliği Moskova'da toplandı. Kazan Birliği de katıldı. Birliğin Başkanı Ali Kaya konuştu.",
      ),
    ).toEqual([]);
  });

  it("so does a new company brought in as 'bir inşaat şirketi', but not 'Arçelik şirketi'", () => {
    expect(
      relations(
        "Arçelik büyüyor. Kazan'da bir inşaat şirketi kuruldu. Şirket, Kazan'da üretim yapıyor.",
      ),
    ).not.toContain("arcelik operates_in kazan");
    expect(relations("Arçelik şirketi büyüyor. Şirket, Kazan'da üretim yapıyor.")).toContain(
      "arcelik operates_in kazan",
    );
  });
});

describe("a description that cannot say whom it means is left alone", () => {
  it("no company named before", () => {
    expect(references("Şirket, Kazan'da üretim yapıyor.")).toEqual([]);
    expect(relations("Şirket, Kazan'da üretim yapıyor.")).toEqual([]);
  });

  it("two companies named together before 'Şirket'", () => {
    const text =
      "Arçelik ve Vestel Taşkent'te anlaşma imzaladı. Şirket, Kazan'da da üretim yapıyor.";
    expect(references(text)).toEqual([]);
    expect(relations(text)).not.toContain("arcelik operates_in kazan");
  });

  it("the company named too many sentences back", () => {
    expect(
      references(
        "Arçelik büyüyor. Ali Kaya konuştu. Ayşe Demir konuştu. Ali Kaya yine konuştu. Şirket, Kazan'da üretim yapıyor.",
      ),
    ).toEqual([]);
  });

  it("an indefinite, compound or plural company: 'bir şirket', 'inşaat şirketi', 'Şirketler'", () => {
    expect(
      references(
        "Arçelik büyüyor. Bir şirket, Kazan'da üretim yapıyor. Kazan'da bir inşaat şirketi üretim yapıyor. Şirketler, Kazan'da üretim yapıyor.",
      ),
    ).toEqual([]);
  });

  it("a capitalised head of a name nobody knows: 'Yeni Holding' is not Arçelik", () => {
    expect(references("Arçelik büyüyor. Yeni Holding, Kazan'da üretim yapıyor.")).toEqual([]);
  });

  it("a fair is not the forum named before", () => {
    const text = "Türk-Özbek Ticaret Forumu Taşkent'te başladı. Fuar, Kazan'da düzenlenecek.";
    expect(references(text)).toEqual([]);
    expect(relations(text)).not.toContain("trade-forum held_in kazan");
  });

  it("'Forum' after an event whose name says nothing, with a forum two frames back", () => {
    expect(
      references(
        "Türk-Özbek Ticaret Forumu dün yapıldı. Baku Build bugün Bakü'de açıldı. Forum, Arçelik'in katılımıyla yapıldı.",
      ),
    ).toEqual([]);
  });

  it("'Kentte' after a country or an airport: neither is a city", () => {
    expect(
      references(
        "Ali Kaya Kazakistan'a geldi. Kentte yatırımcılarla görüştü. Ali Kaya Konya Havalimanı'na indi. Kentte temaslarda bulunan Ali Kaya yatırımcılarla görüştü.",
      ),
    ).toEqual([]);
  });

  it("an event in the locative is the setting, not a thing placed somewhere", () => {
    const text =
      "Türk-Özbek Ticaret Forumu dün başladı. Forumda, Kazan'da yapılan yatırımlar anlatıldı.";
    expect(references(text)).toEqual(["Forumda -> trade-forum"]);
    expect(relations(text)).not.toContain("trade-forum held_in kazan");
  });

  it("switched off by name like a rule", () => {
    expect(RULE_NAMES).toContain("coreference-description");
    expect(
      relations("Çelik Tesisi için anlaşma imzalandı. Tesis, Kazan'da kurulacak.", [
        "coreference-description",
      ]),
    ).not.toContain("steel-plant located_in kazan");
  });
});

describe("sentence rules that descriptions made reach further", () => {
  /** The relations one rule alone finds (descriptions on). */
  const only = (rule: string, text: string) =>
    relations(
      text,
      RULE_NAMES.filter((n) => n !== rule && n !== "coreference-description"),
    );

  it("an embedded 'katılacağını' is its genitive subject's, not the speaker's", () => {
    const text = "Ayşe Demir, Ali Kaya'nın Türk-Özbek Ticaret Forumu'na katılacağını söyledi.";
    expect(only("participates-event-dative", text)).toEqual([
      "ali-kaya participates_in trade-forum",
    ]);
    expect(
      only(
        "participates-event-dative",
        "Ali Kaya, Türk-Özbek Ticaret Forumu'na katılmak üzere Kazan'a gitti.",
      ),
    ).toContain("ali-kaya participates_in trade-forum");
  });

  it("an event in 'X şehrinde' is held there; a plant is located there", () => {
    expect(
      only(
        "located-classifier-locative",
        "Kazan şehrinde düzenlenecek Türk-Özbek Ticaret Forumu başlıyor.",
      ),
    ).toEqual(["trade-forum held_in kazan"]);
    expect(
      only("located-classifier-locative", "Kazan şehrinde kurulacak Çelik Tesisi büyük olacak."),
    ).toEqual(["steel-plant located_in kazan"]);
  });

  it("'açılış konuşmasını yapan Rektör X': the speaker named after the participle", () => {
    expect(
      only(
        "participates-katilim-acilis",
        "Türk-Özbek Ticaret Forumu'nun açılış konuşmasını yapan Prof. Dr. Ali Kaya, yatırımları anlattı.",
      ),
    ).toEqual(["ali-kaya participates_in trade-forum"]);
    expect(
      only(
        "participates-katilim-acilis",
        "Ali Kaya, Türk-Özbek Ticaret Forumu'nun açılış konuşmasını yaptı.",
      ),
    ).toEqual(["ali-kaya participates_in trade-forum"]);
  });

  it("'Cumhurbaşkanı'mızın' is the president named with the bare title, not the foreign one", () => {
    const text =
      "Cumhurbaşkanı Recep Tayyip Erdoğan Bakü'ye gidecek. Azerbaycan Cumhurbaşkanı İlham Aliyev onu karşılayacak. Sayın Cumhurbaşkanı'mızın foruma katılması bekleniyor.";
    const a = analyseArticle({ id: "t", text }, gazetteer);
    // The title's mention may end before "'mızın" or take it in (titles take "our").
    const ours = a.mentions.find(
      (m) =>
        text.slice(m.end, m.end + 6) === "'mızın" || text.slice(m.start, m.end).endsWith("mızın"),
    );
    expect(ours?.entity).toBe("recep-tayyip-erdogan");
    // Without "our", a bare title is the one said last.
    const b = analyseArticle(
      { id: "t", text: text.replace("Sayın Cumhurbaşkanı'mızın", "Cumhurbaşkanı'nın") },
      gazetteer,
    );
    expect(b.mentions.filter((m) => m.kind === "title").at(-1)?.entity).toBe("ilham-aliyev");
  });
});

describe("a sentence that points back at the gathering told about before", () => {
  /** The relations the frame alone gives. */
  const frame = (text: string) =>
    relations(
      text,
      RULE_NAMES.filter((n) => n !== "participates-frame-event"),
    );

  it("'Açılışta konuşan X' and 'X konuşmasında' after the forum: X took part", () => {
    expect(
      frame(
        "Türk-Özbek Ticaret Forumu dün Taşkent'te başladı. Açılışta konuşan Bakan Yardımcısı Ali Kaya, yatırımları anlattı.",
      ),
    ).toEqual(["ali-kaya participates_in trade-forum"]);
    expect(
      frame(
        "Türk-Özbek Ticaret Forumu dün Taşkent'te başladı. Yatırımlar ana konu oldu. Ayşe Demir konuşmasında ihracata değindi.",
      ),
    ).toEqual(["ayse-demir participates_in trade-forum"]);
  });

  it("a speaker at the forum's session, two sentences on, with the forum named as 'forumda'", () => {
    expect(
      frame(
        "Türk-Özbek Ticaret Forumu dün başladı. Düzenlenen forumda ihracat konuşuldu. Tekstil ana konu oldu. Oturumda Ali Kaya da söz aldı.",
      ),
    ).toEqual(["ali-kaya participates_in trade-forum"]);
  });

  it("no frame: a speech with no gathering told about before", () => {
    expect(
      frame("Ali Kaya dün Taşkent'e geldi. Açılışta konuşan Ayşe Demir teşekkür etti."),
    ).toEqual([]);
  });

  it("a frame three sentences back is closed", () => {
    expect(
      frame(
        "Türk-Özbek Ticaret Forumu dün başladı. Yatırımlar arttı. İhracat da arttı. Tekstil öne çıktı. Ayşe Demir konuşmasında ihracata değindi.",
      ),
    ).toEqual([]);
  });

  it("a visit told after the forum closes it", () => {
    const text =
      "Türk-Özbek Ticaret Forumu dün başladı. Ali Kaya daha sonra Kazan'ı ziyaret etti. Ayşe Demir konuşmasında ihracata değindi.";
    const found = relations(
      text,
      RULE_NAMES.filter(
        (n) => n !== "participates-frame-event" && n !== "visited-accusative-ziyaret",
      ),
    );
    expect(found).toEqual(["ali-kaya visited kazan"]);
    // Without the visit between them, the speech is at the forum.
    expect(
      frame(text.replace("Ali Kaya daha sonra Kazan'ı ziyaret etti.", "İhracat arttı.")),
    ).toEqual(["ayse-demir participates_in trade-forum"]);
  });

  it("a speech given somewhere else: 'Meclis'teki konuşmasında'", () => {
    expect(
      frame(
        "Türk-Özbek Ticaret Forumu dün başladı. Ayşe Demir, Meclis'teki konuşmasında ihracata değindi.",
      ),
    ).toEqual([]);
  });

  it("'burada yaptığı konuşmada' in the sentence after the meeting: the speaker took part", () => {
    expect(
      frame(
        "Türk-Özbek Ticaret Forumu dün Kazan'da toplandı. Ali Kaya, burada yaptığı konuşmada ihracatın arttığını söyledi.",
      ),
    ).toEqual(["ali-kaya participates_in trade-forum"]);
    // The sentence may speak of the same gathering again ("düzenlenen forumda").
    expect(
      frame(
        "Türk-Özbek Ticaret Forumu dün başladı. Ali Kaya, burada yaptığı konuşmada, bu yıl düzenlenen forumda çok şey öğrendiklerini söyledi.",
      ),
    ).toEqual(["ali-kaya participates_in trade-forum"]);
  });

  it("speakers in a series, 'X de ... söyledi', each took part, one sentence after another", () => {
    const text =
      "Türk-Özbek Ticaret Forumu dün başladı. Açılışta konuşan Ali Kaya, yatırımları anlattı. " +
      "Bakan Yardımcısı Ayşe Demir de ihracatın arttığını söyledi. İhracat bu yıl yüzde 10 arttı. " +
      "Tokayev de bölgenin önemine dikkat çekti.";
    expect(frame(text).sort()).toEqual([
      "ali-kaya participates_in trade-forum",
      "ayse-demir participates_in trade-forum",
      "tokayev participates_in trade-forum",
    ]);
  });

  it("'X de' with no gathering before, or with no verb of saying, is no speaker", () => {
    expect(frame("Ali Kaya dün Kazan'a geldi. Ayşe Demir de ihracatın arttığını söyledi.")).toEqual(
      [],
    );
    expect(
      frame("Türk-Özbek Ticaret Forumu dün başladı. Ayşe Demir de yarın Kazan'a gidecek."),
    ).toEqual([]);
    // "de" on a word after the subject ("Kazan'da da") is not the subject's.
    expect(
      frame(
        "Türk-Özbek Ticaret Forumu dün başladı. Ayşe Demir, Kazan'da da yatırım olduğunu söyledi.",
      ),
    ).toEqual([]);
    // Someone named after a word in lower case does not open the sentence.
    expect(
      frame("Türk-Özbek Ticaret Forumu dün başladı. Dün akşam Ayşe Demir de ihracatı anlattı."),
    ).toEqual([]);
  });

  it("a sentence that names its own event is left to the sentence rules", () => {
    expect(
      frame("Türk-Özbek Ticaret Forumu dün başladı. Ayşe Demir, Baku Build açılışında konuştu."),
    ).toEqual([]);
  });
});

describe("'Heyet' opening a sentence is the delegation the article formed before", () => {
  it("its members are each received, and each visits the place", () => {
    expect(
      relations(
        "Ali Kaya ve beraberindeki heyet dün Kazan'a geldi. Heyet, Taşkent'te Tokayev tarafından karşılandı.",
      ),
    ).toEqual(expect.arrayContaining(["tokayev met_with ali-kaya", "ali-kaya visited tashkent"]));
    const two = relations(
      "Ali Kaya, Ayşe Demir ve beraberlerindeki heyet Kazan'a geldi. Ali Kaya fabrikaları gezdi. Heyet, Tokayev tarafından kabul edildi.",
    );
    expect(two).toEqual(
      expect.arrayContaining(["tokayev met_with ali-kaya", "tokayev met_with ayse-demir"]),
    );
    expect(two).not.toContain("ali-kaya met_with ayse-demir");
  });

  it("no delegation formed before, or one long out of the story, is no one", () => {
    expect(relations("Heyet, Taşkent'te Tokayev tarafından karşılandı.")).toEqual([]);
    expect(
      relations("Ali Kaya dün Kazan'a geldi. Heyet, Taşkent'te Tokayev tarafından karşılandı."),
    ).not.toContain("tokayev met_with ali-kaya");
    expect(
      relations(
        "Ali Kaya ve beraberindeki heyet Kazan'a geldi. İhracat arttı. Tekstil büyüdü. Fiyatlar düştü. Kur yükseldi. Yatırım arttı. Heyet, Tokayev tarafından karşılandı.",
      ),
    ).not.toContain("tokayev met_with ali-kaya");
  });
});

describe("a sentence that points back at the visit told about before", () => {
  /** The relations the visit frame gives, with the rule that opens the visit. */
  const visits = (text: string) =>
    relations(
      text,
      RULE_NAMES.filter(
        (n) =>
          n !== "visited-frame-visit" &&
          n !== "visited-accusative-ziyaret" &&
          n !== "visited-dative-ziyaret",
      ),
    );

  it("'Ziyaret kapsamında Astana'da ... görüştü': the visitor was in Astana", () => {
    expect(
      visits(
        "Ali Kaya, Kazakistan'a resmi bir ziyaret gerçekleştirdi. Ziyaret kapsamında Astana'da Ayşe Demir ile görüştü.",
      ),
    ).toEqual(["ali-kaya visited kazakhstan", "ali-kaya visited nur-sultan"]);
  });

  it("'Program çerçevesinde Kazan'a da geçen X' and 'Ziyarette X, Astana'daki fabrikayı gezdi'", () => {
    expect(
      visits(
        "Ali Kaya, Kazakistan'ı ziyaret etti. Ziyarette Ali Kaya, Astana'daki fabrikayı gezdi. Program çerçevesinde Kazan'a da geçen Ali Kaya, yatırımcılarla buluştu.",
      ),
    ).toEqual([
      "ali-kaya visited kazakhstan",
      "ali-kaya visited kazan",
      "ali-kaya visited nur-sultan",
    ]);
  });

  it("a place in a clause about something else: 'Türkiye'de yatırım yapan şirketler'", () => {
    expect(
      visits(
        "Ali Kaya, Kazakistan'ı ziyaret etti. Ziyaret kapsamında Türkiye'de yatırım yapan şirketlerle görüştü.",
      ),
    ).toEqual(["ali-kaya visited kazakhstan"]);
  });

  it("another person's doing in the visit: 'Ziyaret kapsamında Ayşe Demir, Kazan'da konuştu'", () => {
    expect(
      visits(
        "Ali Kaya, Kazakistan'ı ziyaret etti. Ziyaret kapsamında Ayşe Demir, Kazan'da konuştu.",
      ),
    ).toEqual(["ali-kaya visited kazakhstan"]);
  });

  it("no pointer, or a visit three sentences back: nothing", () => {
    expect(visits("Ali Kaya, Kazakistan'ı ziyaret etti. Astana'da yatırımlar arttı.")).toEqual([
      "ali-kaya visited kazakhstan",
    ]);
    expect(
      visits(
        "Ali Kaya, Kazakistan'ı ziyaret etti. Yatırımlar arttı. İhracat arttı. Tekstil büyüdü. Ziyaret kapsamında Astana'da konuştu.",
      ),
    ).toEqual(["ali-kaya visited kazakhstan"]);
  });

  it("a place that belongs to an event the sentence names is the event's", () => {
    expect(
      visits(
        "Ali Kaya, Kazakistan'ı ziyaret etti. Ziyaret kapsamında Kazan'da Türk-Özbek Ticaret Forumu düzenlendi.",
      ),
    ).not.toContain("ali-kaya visited kazan");
  });
});
