// Names the gazetteer does not know come back as suggestions a person can accept: with the base
// form a reader would write, a type read from the name's shape or its title, and the relations
// the sentence gives them, waiting for acceptance.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileGazetteer, extractArticles } from "../../src/extract/index";
import type { Suggestion } from "../../src/extract/index";

const gazetteer = compileGazetteer(JSON.parse(readFileSync("data/gazetteer.json", "utf8")));

function suggestions(text: string): Suggestion[] {
  return extractArticles([{ id: "t", text }], gazetteer).suggestions;
}
const find = (text: string, base: string) => suggestions(text).find((s) => s.base === base);

describe("suggestions for names the gazetteer does not know", () => {
  it("a person named after an office's title is that office's holder, the office waiting as a relation", () => {
    const s = find("Kırgızistan Cumhurbaşkanı Sadır Caparov konuştu.", "Sadır Caparov");
    expect(s).toMatchObject({ type: "leader" });
    expect(s?.relations).toEqual([
      expect.objectContaining({ type: "leader_of", target: "kyrgyzstan" }),
    ]);
    const envoy = find("Türkiye Büyükelçisi Cahit Bağcı geldi.", "Cahit Bağcı");
    expect(envoy).toMatchObject({ type: "person" });
    expect(envoy?.relations).toEqual([
      expect.objectContaining({ type: "official_of", target: "turkey" }),
    ]);
  });

  it("an ambassador posted to a city is the sending country's official, not the city's", () => {
    const s = find(
      "Moğolistan'ın Ankara Büyükelçisi Batbold Ganbaatar konuştu.",
      "Batbold Ganbaatar",
    );
    expect(s?.relations).toEqual([
      expect.objectContaining({ type: "official_of", target: "mongolia" }),
    ]);
  });

  it("an academic's rank before a name is not part of it ('Öğretim Görevlimiz Süha Tarman')", () => {
    const text = "Gezide öğrencilere Öğretim Görevlimiz Nilay Sezer eşlik etti.";
    expect(find(text, "Nilay Sezer")).toMatchObject({ type: "person" });
    expect(suggestions(text).map((x) => x.base)).not.toContain("Öğretim Görevlimiz Nilay Sezer");
  });

  it("a first name before a known surname is a person whose base has no case suffix", () => {
    const s = find(
      "Törene Erdoğan ile eşi Emine Erdoğan'ın da katılması bekleniyor.",
      "Emine Erdoğan",
    );
    expect(s).toMatchObject({ type: "person" });
  });

  it("what follows or ends a name types it: a pipeline, a company, an ocean, a region, a building", () => {
    expect(
      find("Yetkililer TAPI boru hattının güzergâhını açıkladı.", "TAPI boru hattı")?.type,
    ).toBe("project");
    expect(find("Sözleşmeyi dün Nurol Construction imzaladı.", "Nurol Construction")?.type).toBe(
      "company",
    );
    expect(find("Gemi dün Arap Denizi'ne açıldı.", "Arap Denizi")?.type).toBe("place");
    expect(find("Heyet dün Güney Osetya'ya gitti.", "Güney Osetya")?.type).toBe("place");
    expect(
      find("Tören Astana'da Bağımsızlık Sarayı'nda yapıldı.", "Bağımsızlık Sarayı")?.type,
    ).toBe("place");
    expect(find("Toplantı dün Bakü Kongre Merkezi'nde yapıldı.", "Bakü Kongre Merkezi")?.type).toBe(
      "place",
    );
  });

  it("a city in the locative before 'Cumhurbaşkanlığı' is a place, not a country whose president it names", () => {
    expect(
      find("Dün Duşanbe'de Cumhurbaşkanlığı Sarayı'nda tören yapıldı.", "Duşanbe")?.type,
    ).not.toBe("country");
    expect(
      find("Tacikistan Cumhurbaşkanı konuştu, Duşanbe Cumhurbaşkanı dedi.", "Duşanbe")?.type,
    ).toBe("country");
  });

  it("a portfolio between a country and its office is no name, and the country still owns the office", () => {
    const text = "Toplantıya Kazakistan Enerji Bakanı Almasadam Satkaliyev katıldı.";
    expect(suggestions(text).map((x) => x.base)).not.toContain("Enerji");
    expect(find(text, "Almasadam Satkaliyev")?.relations).toEqual([
      expect.objectContaining({ type: "official_of", target: "kazakhstan" }),
    ]);
    // A body's name between the country and the office is a name: its head word says so.
    expect(
      find(
        "Törende Özbekistan Kuyumcular Federasyonu Başkanı konuştu.",
        "Özbekistan Kuyumcular Federasyonu",
      ),
    ).toBeDefined();
  });

  it("a word for an event that starts the sentence is not part of the name after it", () => {
    const text = "Etkinliğe TİKA Başkanı Serkan Kayalar da katıldı.";
    expect(find(text, "TİKA")).toBeDefined();
    expect(suggestions(text).map((x) => x.base)).not.toContain("Etkinliğe TİKA");
    // A first name at the start of a sentence stays with the surname.
    expect(find("Aliye Demirci dün konuştu.", "Aliye Demirci")).toBeDefined();
  });

  it("'enerji devi X' and 'X Enerji Haftası' type the name: a company, an event", () => {
    expect(find("Rus enerji devi Gazprom açıklama yaptı.", "Gazprom")?.type).toBe("company");
    expect(find("Dün Bakü Enerji Haftası başladı.", "Bakü Enerji Haftası")?.type).toBe("project");
  });

  it("a title with no owner before it still types the name, with no relation to wait for", () => {
    const s = find("Dün Genel Sekreteri Büyükelçi Ali Veli açıklama yaptı.", "Ali Veli");
    expect(s).toMatchObject({ type: "person" });
    expect(s?.relations).toBeUndefined();
  });

  it("the head word types the name: a forum or summit is a project, a university an organisation, an airport a place", () => {
    const forum = find("Dün Kazakistan’da Astana Ekonomi Forumu başladı.", "Astana Ekonomi Forumu");
    expect(forum?.type).toBe("project");
    expect(forum?.relations).toEqual([
      expect.objectContaining({ type: "held_in", target: "kazakhstan" }),
    ]);
    expect(find("Öğrenciler Manas Üniversitesi'nde okuyor.", "Manas Üniversitesi")?.type).toBe(
      "organisation",
    );
    expect(find("Yolcular Manas Havalimanı'na indi.", "Manas Havalimanı")?.type).toBe("place");
    expect(find("Bilet Türk Hava Yolları'ndan alındı.", "Türk Hava Yolları")?.type).toBe("company");
  });

  it("a name built on known ones keeps them: 'Türkiye-Özbekistan Karma Ekonomik Komisyonu'", () => {
    const s = find(
      "Türkiye-Özbekistan Karma Ekonomik Komisyonu’nun toplantısı yapıldı.",
      "Türkiye-Özbekistan Karma Ekonomik Komisyonu",
    );
    expect(s?.type).toBe("organisation");
  });

  it("takes off a suffix after an apostrophe, and without one only when the article has the shorter form", () => {
    expect(find("Heyet dün Semerkant’a gitti.", "Semerkant")).toBeDefined();
    // "Konya" alone: the final a is not a dative.
    expect(find("Heyet dün Konya merkezli şirketi gezdi.", "Konya")).toBeDefined();
    // "Çavuşoğluna" beside "Çavuşoğlu": the article has the base.
    const text = "Dün Çavuşoğlu konuştu. Toplantıda Çavuşoğluna teşekkür edildi.";
    expect(suggestions(text).map((s) => s.base)).toEqual(["Çavuşoğlu"]);
  });

  it("a lost apostrophe before 'düzenlenen', 'bulunan' or 'yaşayan' still leaves the place's own name", () => {
    // The participle takes its place in the locative, so the ending is a case, not the name.
    expect(
      find("Geçen ay Semerkantta düzenlenen fuara çok sayıda firma katıldı.", "Semerkant"),
    ).toBeDefined();
    expect(find("Heyet, Buharada bulunan tarihi medreseleri gezdi.", "Buhara")).toBeDefined();
    expect(
      find("Göçmen kuşlar her yıl Aydarkulda toplanan bir sürü oluşturur.", "Aydarkul"),
    ).toBeDefined();
    expect(find("Heyet, Hocentte yaşayan Türk iş insanları ile görüştü.", "Hocent")).toBeDefined();
    // "Kızılorda" ends in -da itself: whole where no locative is wanted, one ending off where it is.
    expect(find("Heyet, Kızılorda Valisi ile görüştü.", "Kızılorda")).toBeDefined();
    expect(find("Geçen hafta Kızılordada düzenlenen forumda konuştu.", "Kızılorda")).toBeDefined();
    // Before another verb the word is left as it is written.
    expect(find("Zeravşan Vadisi, Aydarkulda kuşlarıyla bilinir.", "Aydarkul")).toBeUndefined();
  });

  it("a dateline in capitals is a place, a surname after an initial a person, a first name before a known surname another person", () => {
    expect(find("TAŞKENT, 14 Nisan\n\nHeyet geldi.", "TAŞKENT")?.type).toBe("place");
    expect(find("Bakan M. Çavuşoğlu geldi.", "Çavuşoğlu")?.type).toBe("person");
    expect(find("Törende Emine Erdoğan konuştu.", "Emine Erdoğan")?.type).toBe("person");
  });

  it("a facility named by what it makes is a project, located where the sentence puts it", () => {
    const s = find(
      "Şirket, Kazakistan’da otobüs montaj fabrikasıyla üretime geçti.",
      "otobüs montaj fabrikası",
    );
    expect(s).toMatchObject({ type: "project" });
    expect(s?.relations).toEqual([
      expect.objectContaining({ type: "located_in", target: "kazakhstan" }),
    ]);
    // A fabric in general ("bir fabrika") or with only an adjective before it is no name.
    expect(suggestions("Yeni bir fabrika açıldı, modern fabrikası büyük.")).toEqual([]);
  });

  it("a relative case ends a name: 'Bişkekteki Kırgız-Türk Manas Üniversitesi' is two names", () => {
    const bases = suggestions("Bişkekteki Kırgız-Türk Manas Üniversitesi büyüyor.").map(
      (s) => s.base,
    );
    expect(bases).toContain("Kırgız-Türk Manas Üniversitesi");
  });

  it("an ordinal inside or before the name of an event stays in it: '11. Zirvesi', '2. Dünya Savaşı'", () => {
    expect(
      find(
        "Dün Avrasya Ekonomi Konseyi 5. Zirvesi Bakü'de başladı.",
        "Avrasya Ekonomi Konseyi 5. Zirvesi",
      )?.type,
    ).toBe("project");
    expect(
      find(
        "Avrasya Ekonomi Konseyi 5'inci Zirvesi dün başladı.",
        "Avrasya Ekonomi Konseyi 5'inci Zirvesi",
      ),
    ).toBeDefined();
    expect(find("Dün 2. Dünya Savaşı anıldı.", "2. Dünya Savaşı")?.type).toBe("project");
    // A numbered article of a text is no name.
    expect(suggestions("Toplantının 10. Maddesi kabul edildi.")).toEqual([]);
  });

  it("a people's name at the end of a name is part of it ('Ersin Tatar'), and still starts one ('Tatar Akademik Tiyatrosu')", () => {
    expect(find("KKTC Cumhurbaşkanı Ersin Tatar konuştu.", "Ersin Tatar")?.type).toBe("leader");
    expect(
      find("Bunlardan biri olan Mercedes-Benz Türk’ün fabrikası açıldı.", "Mercedes-Benz Türk")
        ?.type,
    ).toBe("company");
    expect(
      find("Ayşe Kaya, Tatar Akademik Tiyatrosu'nu gezdi.", "Tatar Akademik Tiyatrosu")?.type,
    ).toBe("organisation");
  });

  it("'Devlet' inside a body's name before its head word stays in the name", () => {
    expect(
      find("Dün Avrasya Devlet Başkanları Konseyi toplandı.", "Avrasya Devlet Başkanları Konseyi")
        ?.type,
    ).toBe("organisation");
    expect(suggestions("Toplantıda Ali Veli Devlet töreninde konuştu.").map((x) => x.base)).toEqual(
      ["Ali Veli"],
    );
  });

  it("'ve' joins the words of one body's name, not a person named by a title and the next name", () => {
    const bases = suggestions(
      "Cumhurbaşkanı Müşaviri Hikmet Hacıyev ve Bakü Büyükelçiliği Askeri Ataşesi geldi.",
    ).map((x) => x.base);
    expect(bases).toEqual(expect.arrayContaining(["Hikmet Hacıyev", "Bakü Büyükelçiliği"]));
    expect(bases.filter((b) => b.includes(" ve "))).toEqual([]);
    expect(
      find("Dün Kazan Ticaret ve Sanayi Odası heyeti geldi.", "Kazan Ticaret ve Sanayi Odası")
        ?.type,
    ).toBe("organisation");
  });

  it("a known place starts the name of an airport or a square, not of its own region", () => {
    expect(find("Yolcular dün İstanbul Havalimanı'na indi.", "İstanbul Havalimanı")?.type).toBe(
      "place",
    );
    expect(find("Yağmur dün Ankara Bölgesi'nde etkili oldu.", "Ankara Bölgesi")).toBeUndefined();
  });

  it("a party's name ends at its head word: 'AK Parti Karaman Milletvekili' is the party and a city", () => {
    const bases = suggestions("AK Parti Karaman Milletvekili Ali Veli konuştu.").map((x) => x.base);
    expect(bases).toEqual(expect.arrayContaining(["AK Parti", "Karaman", "Ali Veli"]));
    expect(bases).not.toContain("AK Parti Karaman");
  });

  it("a plural title inside a name is part of it ('Bakanlar Kurulu'), alone it is no name", () => {
    expect(
      find("Kırgızistan Bakanlar Kurulu'nun kararı açıklandı.", "Kırgızistan Bakanlar Kurulu")
        ?.type,
    ).toBe("organisation");
    expect(suggestions("Enerji Bakanları, İstanbul'da toplandı.")).toEqual([]);
  });

  it("a factory named by a trade ('kuyumculuk fabrikası') is a project; a suffix after an apostrophe is not its word", () => {
    expect(find("Taşkent'te ilk kuyumculuk fabrikası açıldı.", "kuyumculuk fabrikası")?.type).toBe(
      "project",
    );
    expect(
      suggestions("Bunlardan biri olan Mercedes-Benz Türk’ün fabrikası açıldı.").map((x) => x.base),
    ).toEqual(["Mercedes-Benz Türk"]);
  });

  it("a company is typed by the word before it, or by a later sentence when the first says nothing", () => {
    expect(find("Türk tekstil şirketi Karaca Tekstil açıldı.", "Karaca Tekstil")?.type).toBe(
      "company",
    );
    expect(
      find("Dün Karaca Enerji açıklama yaptı. Karaca Enerji şirketi büyüyor.", "Karaca Enerji")
        ?.type,
    ).toBe("company");
    expect(find("Dün Karaca Enerji açıklama yaptı.", "Karaca Enerji")?.type).toBe("person");
  });

  it("a compound's own possessive stays in the base ('Enerji Forumu'), its case ending goes ('Forumuna')", () => {
    // "forum" alone elsewhere in the article does not make the final u an accusative.
    const text = "Bu forum önemli. Yetkililer Karadeniz Enerji Forumu kapsamında görüştü.";
    expect(find(text, "Karadeniz Enerji Forumu")?.type).toBe("project");
    expect(suggestions(text).map((x) => x.base)).not.toContain("Karadeniz Enerji Forum");
    expect(
      find("Heyet dün Karadeniz Enerji Forumuna katıldı.", "Karadeniz Enerji Forumu"),
    ).toBeDefined();
  });

  it("two known countries joined by 've' before a head word are part of the name; alone they are none", () => {
    expect(
      find(
        "Dün Özbekistan ve Türkiye Dostluk Derneği kuruldu.",
        "Özbekistan ve Türkiye Dostluk Derneği",
      )?.type,
    ).toBe("organisation");
    expect(suggestions("Özbekistan ve Türkiye arasında ticaret arttı.")).toEqual([]);
  });

  it("two peoples joined by a hyphen start a name ('Tatar-Rus Kültür Festivali'), not a phrase without a head", () => {
    expect(find("Dün Tatar-Rus Kültür Festivali açıldı.", "Tatar-Rus Kültür Festivali")?.type).toBe(
      "project",
    );
    expect(suggestions("Rus-Türk ilişkileri gelişiyor.")).toEqual([]);
  });

  it("'Devlet' and 'Uluslararası' start a name that reaches its head word, and no name without one", () => {
    expect(
      find(
        "Bakan, Devlet Planlama Kurulu Toplantısı'na katıldı.",
        "Devlet Planlama Kurulu Toplantısı",
      )?.type,
    ).toBe("project");
    expect(
      find("Uçak dün Uluslararası Aktau Havalimanı'na indi.", "Uluslararası Aktau Havalimanı")
        ?.type,
    ).toBe("place");
    expect(suggestions("Heyet, Devlet ve Hükümet temsilcileriyle görüştü.")).toEqual([]);
    // A numbered meeting with no name before it names nothing.
    expect(suggestions("Kurul dün 7. Toplantısı'nı yaptı.")).toEqual([]);
  });

  it("an office word ends the name before it and types the name after it ('Vakfı Müdürü Prof. Dr. Ayla Demir')", () => {
    const text = "Törende Karaman Vakfı Müdürü Prof. Dr. Ayla Demir konuştu.";
    expect(find(text, "Ayla Demir")).toMatchObject({ type: "person", reason: "Müdürü" });
    expect(find(text, "Karaman Vakfı")?.type).toBe("organisation");
    // Misspelt offices are offices too.
    const misspelt = "Enerji Bakanlığı Müşteşarı Kemal Aras geldi.";
    expect(find(misspelt, "Kemal Aras")?.type).toBe("person");
    expect(suggestions(misspelt).map((x) => x.base)).not.toContain("Müşteşarı Kemal Aras");
  });

  it("a head word types funds, restaurants, quarters, expo centres and industrial zones", () => {
    expect(find("Para dün Kalkınma Fonu'na aktarıldı.", "Kalkınma Fonu")?.type).toBe(
      "organisation",
    );
    expect(find("Heyet dün Lale Restaurant'ta yemek yedi.", "Lale Restaurant")?.type).toBe("place");
    expect(find("Ev dün Yeşiltepe Mahallesi'nde yandı.", "Yeşiltepe Mahallesi")?.type).toBe(
      "place",
    );
    expect(find("Fuar dün Aktau Expo Merkezi'nde açıldı.", "Aktau Expo Merkezi")?.type).toBe(
      "place",
    );
    expect(find("Yatırım dün Navoi Sanayi Bölgesi'ne yapıldı.", "Navoi Sanayi Bölgesi")?.type).toBe(
      "project",
    );
    // A region named for where it is stays a place.
    expect(find("Yağmur dün Mangistav Bölgesi'nde etkili.", "Mangistav Bölgesi")?.type).toBe(
      "place",
    );
  });

  it("a governor's or a council's town is a place; 'ile' after a name is no province", () => {
    expect(find("Dün Kızılcık Valisi Ahmet Kaya konuştu.", "Kızılcık")?.type).toBe("place");
    expect(find("Heyet dün Ovacık İlçe Belediyesi'ni gezdi.", "Ovacık İlçe Belediyesi")?.type).toBe(
      "organisation",
    );
    expect(find("Toplantıda Ayla Demir ile görüştü.", "Ayla Demir")?.type).toBe("person");
  });

  it("a minister's portfolio is no name ('Turizm Bakanı', 'Tarım ve Orman Bakanı'); a ministry is", () => {
    const text = "Törene Turizm Bakanı Ayşe Ak ile Tarım ve Orman Bakanı Veli Can katıldı.";
    expect(suggestions(text).map((x) => x.base)).toEqual(
      expect.arrayContaining(["Ayşe Ak", "Veli Can"]),
    );
    expect(suggestions(text).map((x) => x.base)).not.toEqual(
      expect.arrayContaining(["Turizm", "Tarım", "Orman"]),
    );
    // A minister's holder before "ve" and the next office is still a name.
    expect(find("Kültür Bakanı Ali Er ve Sağlık Bakanı Veli Can geldi.", "Ali Er")?.type).toBe(
      "person",
    );
    expect(find("Dün Kültür Bakanlığı açıklama yaptı.", "Kültür Bakanlığı")?.type).toBe(
      "organisation",
    );
  });

  it("an office's owner is a country, place or body right before it: not a person before a comma, not across a line", () => {
    const afterPerson = find(
      "Tokayev, Savunma Bakanı Ruslan Jaksılıkov ile görüştü.",
      "Ruslan Jaksılıkov",
    );
    expect(afterPerson?.type).toBe("person");
    expect(afterPerson?.relations).toBeUndefined();
    const dateline = find("Ankara\nDevlet Göç Başkanı Ali Veli açıklama yaptı.", "Ali Veli");
    expect(dateline?.relations).toBeUndefined();
    // An unknown body between the country and the office owns the office.
    const body = find("Özbekistan'ın Tekstil ve Deri Odası Başkanı Ali Veli konuştu.", "Ali Veli");
    expect(body?.relations).toBeUndefined();
    // Portfolio words joined by "ve" still lead back to the country.
    expect(
      find("Rusya Tarım ve Gıda Bakan Yardımcısı Oleg Petrov geldi.", "Oleg Petrov")?.relations,
    ).toEqual([expect.objectContaining({ type: "official_of", target: "russia" })]);
  });

  it("words before an office name its body, not a person ('Cumhurbaşkanlığı Strateji Başkanı')", () => {
    const text = "Dün Cumhurbaşkanlığı Strateji Başkanı Ali Veli konuştu.";
    expect(find(text, "Cumhurbaşkanlığı Strateji")?.type).toBe("organisation");
    expect(find(text, "Ali Veli")?.type).not.toBe("organisation");
  });

  it("a headline's capitals make no names, and a headline in capitals does not run into the next line", () => {
    const caps = "YENİ DÖNEM BAŞLIYOR\nAçılışta Ayla Demir konuştu.";
    expect(suggestions(caps).map((x) => x.base)).toEqual(["Ayla Demir"]);
    const title = "Ankara Ve Bakü Arasında Yeni Dönem\nHeyet Bakü'de Ayla Demir ile görüştü.";
    expect(suggestions(title).map((x) => x.base)).not.toContain("Yeni Dönem");
    // A head word still names something in a headline.
    expect(find("ASTANA EKONOMİ FORUMU BAŞLADI\nHeyet geldi.", "ASTANA EKONOMİ FORUMU")?.type).toBe(
      "project",
    );
  });

  it("a company's form after its head word stays in its name ('Volga Energy International')", () => {
    expect(
      find("Sözleşmeyi dün Volga Energy International imzaladı.", "Volga Energy International")
        ?.type,
    ).toBe("company");
    expect(suggestions("ENERJİDE YENİ İŞ BİRLİĞİ\nToplantıda iş birliği konuşuldu.")).toEqual([]);
    // A head word alone is the body or event named before it, capitalised.
    expect(suggestions("Zirve dün başladı. Bakan da Zirveye katıldı.")).toEqual([]);
  });

  it("a lower-case word for a facility, a zone or a department after a name makes the name ('TAPI boru hattı', 'Kerki endüstri bölgesi')", () => {
    const zone = find(
      "Heyet Kerki endüstri bölgesini gezdi. Yarın heyet Aktau'ya gidecek.",
      "Kerki endüstri bölgesi",
    );
    expect(zone?.type).toBe("project");
    // A region is no zone: "bölgesi" alone leaves the name a place.
    const region = find("Heyet dün Kerki bölgesinde incelemede bulundu.", "Kerki");
    expect(region?.type).toBe("place");
    // A name in parentheses before the word.
    expect(
      find(
        "Türkmenistan-Afganistan-Pakistan-Hindistan (TAPI) boru hattının inşaatı sürüyor.",
        "TAPI boru hattı",
      )?.type,
    ).toBe("project");
    expect(
      find(
        "Öğrenciler Uluslararası İlişkiler ve Diplomasi bölümünde okuyor.",
        "Uluslararası İlişkiler ve Diplomasi bölümü",
      )?.type,
    ).toBe("organisation");
    // A possessor is not part of a facility's description.
    expect(suggestions("Bu, ülkenin tarım sanayi tesisini büyüttü.").map((x) => x.base)).toEqual([
      "tarım sanayi tesisi",
    ]);
  });

  it("a title in quotes before a word for an event is the event's name, a year after a hyphen included", () => {
    const text = "Bu yıl “Caspian Oil-2024” petrol fuarı açıldı. 2020-2024 döneminde büyüme sürdü.";
    expect(find(text, "Caspian Oil-2024")?.type).toBe("project");
    expect(suggestions(text).map((x) => x.base)).toEqual(["Caspian Oil-2024"]);
  });

  it("names listed before a plural word share what it says of them ('“Karaca” ve “Demirtaş” şirketlerinin')", () => {
    const text = "Toplantıya “Karaca” ve “Demirtaş” şirketlerinin yöneticileri katıldı.";
    expect(find(text, "Karaca")?.type).toBe("company");
    expect(find(text, "Demirtaş")?.type).toBe("company");
    // A list does not run across a line or start with another word.
    expect(find("Dün Ayla Demir ile görüşen şirketler memnun kaldı.", "Ayla Demir")?.type).toBe(
      "person",
    );
    expect(
      find("YENİ KAYNAK\n\nÖzel, “şirketleri bekliyoruz” dedi.", "YENİ KAYNAK")?.type,
    ).not.toBe("company");
  });

  it("whoever the participle says builds a facility is a company, unless the article calls it by its surname alone", () => {
    const company = find(
      "Ayaz Makina’nın, Şımkent’te kuracağı traktör fabrikası için anlaşma imzalandı.",
      "Ayaz Makina",
    );
    expect(company).toMatchObject({ type: "company" });
    const person = find(
      "Kemal Tunç’un, Aktau’da kurduğu tekstil fabrikası açıldı. Tunç, yeni yatırımlar planlıyor.",
      "Kemal Tunç",
    );
    expect(person).toMatchObject({ type: "person" });
  });

  it("a surname alone, an acronym in parentheses and a company's first word are other spellings of one suggestion", () => {
    const envoy = suggestions(
      "Kazakistan Büyükelçisi Erlan Ospanov konuştu. Toplantıda Ospanov'a teşekkür edildi.",
    );
    expect(envoy.map((x) => x.base)).toEqual(["Erlan Ospanov"]);
    expect(envoy[0]).toMatchObject({ aliases: ["Ospanov"] });
    expect(envoy[0].occurrences.map((o) => o.text)).toEqual(["Erlan Ospanov", "Ospanov'a"]);
    const firm = suggestions(
      "Sözleşmeyi dün Aral Enerji Holding (AEH) imzaladı. Yetkililer AEH ile Aral'ın ortaklığını anlattı.",
    );
    expect(firm.map((x) => x.base)).toEqual(["Aral Enerji Holding"]);
    expect(firm[0].aliases).toEqual(expect.arrayContaining(["AEH", "Aral"]));
    // Two people with one surname: the surname alone stays apart.
    const two = suggestions(
      "Kazakistan Büyükelçisi Erlan Ospanov ile Kırgızistan Büyükelçisi Nurlan Ospanov görüştü. Toplantıda Ospanov'a teşekkür edildi.",
    );
    expect(two.map((x) => x.base)).toEqual(
      expect.arrayContaining(["Erlan Ospanov", "Nurlan Ospanov", "Ospanov"]),
    );
    // A name typed person only by default does not take a place as its surname.
    const place = suggestions("Bakan dün “Rebuild Kerki” ile görüştü. Heyet dün Kerki’de kaldı.");
    expect(place.map((x) => x.base)).toEqual(expect.arrayContaining(["Rebuild Kerki", "Kerki"]));
  });

  it("a sentence's first word the article also writes in lower case is a common noun, not part of the name after it", () => {
    const text = "Heyet Kerki’ye gitti. Yarın heyet Aktau’ya geçecek.";
    expect(suggestions(text).map((x) => x.base)).toEqual(expect.arrayContaining(["Kerki"]));
    expect(suggestions(text).map((x) => x.base)).not.toContain("Heyet Kerki");
  });

  describe("round 5: shapes new sites bring", () => {
    const bases = (text: string) => suggestions(text).map((x) => x.base);

    it("a title before a name is not part of it: 'Vali X', 'Başkan Vekili X', 'Bakan Yardımcımız Sayın X'", () => {
      expect(find("Heyet dün Vali Hüsnü Karaca'yı ziyaret etti.", "Hüsnü Karaca")?.type).toBe(
        "person",
      );
      expect(bases("Heyet dün Vali Hüsnü Karaca'yı ziyaret etti.")).not.toContain(
        "Vali Hüsnü Karaca",
      );
      expect(
        find("Oda Başkan Vekili Mustafa Tekin Ayvaz konuştu.", "Mustafa Tekin Ayvaz")?.type,
      ).toBe("person");
      // "ours": the possessive of the office, then the holder.
      const ours = suggestions(
        "Ticaret Bakan Yardımcımız Sayın Nihat Öztürkmen, Bişkek'te konuştu. Toplantıda Öztürkmen, Cumhurbaşkanımız adına selam iletti.",
      );
      expect(ours.map((x) => x.base)).toEqual(["Nihat Öztürkmen", "Bişkek"]);
      expect(ours[0]).toMatchObject({ type: "person", aliases: ["Öztürkmen"] });
      // Look-alike: a Deputy Governor's office is still no name; a surname "Vekilov" stays a name.
      expect(bases("Vali Yardımcısı Ali Sarı geldi.")).toEqual(["Ali Sarı"]);
      expect(bases("Toplantıya Ramil Vekilov katıldı.")).toEqual(["Ramil Vekilov"]);
    });

    it("a courtesy title after a name is dropped ('Almat Bey', 'Gülnara Hanım'), and types a person", () => {
      expect(find("Yardımcısı Nurlan Bey de geldi.", "Nurlan")?.type).toBe("person");
      expect(find("Toplantıya Gülnara Hanım katıldı.", "Gülnara")?.type).toBe("person");
      expect(bases("Toplantıya Gülnara Hanım katıldı.")).not.toContain("Gülnara Hanım");
      // "Bey" inside a name is not a courtesy title: "Beyoğlu" stays whole.
      expect(bases("Heyet dün Beyoğlu'nu gezdi.")).toContain("Beyoğlu");
    });

    it("a capital is a place ('Başkenti Duşanbe'), a company's group keeps its mutated head ('Şirketler Grubu')", () => {
      expect(
        find("Heyet, Tacikistan’ın Başkenti Duşanbe’de temaslarda bulundu.", "Duşanbe")?.type,
      ).toBe("place");
      expect(bases("Heyet, Tacikistan’ın Başkenti Duşanbe’de bulundu.")).not.toContain(
        "Başkenti Duşanbe",
      );
      const group = find(
        "Sözleşmeyi Kalyon Holding Şirketler Grubu imzaladı.",
        "Kalyon Holding Şirketler Grubu",
      );
      expect(group?.type).toBe("company");
      // A bare plural names no one thing, "Grubu" alone is no name.
      expect(bases("Bölgesel Yatırımlar ve Projeler\nGrubu dün toplandı.")).toEqual([]);
    });

    it("a board of directors belongs to a company ('Aksu Tekstil Yönetim Kurulu Başkanı')", () => {
      const text = "Aksu Tekstil Yönetim Kurulu Başkanı Mert Ekinci konuştu.";
      expect(find(text, "Aksu Tekstil")?.type).toBe("company");
      // Look-alike: another office of a body keeps it an organisation.
      expect(
        find("Cumhurbaşkanlığı Yatırım Ofisi Başkanı Ali Kaya konuştu.", "Ali Kaya")?.type,
      ).not.toBe("company");
    });

    it("names listed before 'gibi' and a plural word share its type ('Vestel ve Beko gibi büyük firmalar')", () => {
      const text = "Bölgedeki Vestel ve Beko gibi büyük firmalar ihracat yapıyor.";
      expect(find(text, "Vestel")?.type).toBe("company");
      expect(find(text, "Beko")?.type).toBe("company");
      expect(find("Dün Koton gibi şirketler de geldi.", "Koton")?.type).toBe("company");
    });

    it("an organised industrial zone is a project, located where the sentence puts it before it", () => {
      const text =
        "Özbekistan'da kurulan Özbek-Türk ortak OSB'sinde faaliyet gösteren firmalar, Kayseri OSB'deki fabrikalarla Kazakistan'da da çalışıyor.";
      const joint = find(text, "Özbek-Türk ortak OSB");
      expect(joint).toMatchObject({ type: "project" });
      expect(joint?.relations).toEqual([
        expect.objectContaining({ type: "located_in", target: "uzbekistan" }),
      ]);
      const local = find(text, "Kayseri OSB");
      expect(local).toMatchObject({ type: "project" });
      expect(local?.relations ?? []).toEqual([]);
    });

    it("a news agency after a dateline is an organisation ('TAŞKENT, 3 Mayıs /Dunyo/.')", () => {
      expect(find("TAŞKENT, 3 Mayıs 2021 /Dunyo/. Heyet toplandı.", "Dunyo")?.type).toBe(
        "organisation",
      );
      expect(find("AKTAU (Dunyo) - Heyet toplandı.", "Dunyo")?.type).toBe("organisation");
      // A place in parentheses elsewhere is not an agency.
      expect(find("Heyet dün Kerki (Lebap) bölgesine gitti.", "Lebap")?.type).not.toBe(
        "organisation",
      );
    });

    it("a name with a stray space after its hyphen reaches the known place before it", () => {
      expect(bases("Dün Kazakistan- Türkiye Dostluk Derneği toplandı.")).toContain(
        "Kazakistan- Türkiye Dostluk Derneği",
      );
    });

    it("words that only look like names are not proposed: holidays, peoples, units, adjectives, 'our' and 'your' nouns, people from a place", () => {
      expect(
        bases(
          "Dernek, 29 Ekim Cumhuriyet Bayramı ve Kurban Bayramı dolayısıyla Bağımsızlık ve Zafer Bayramı'nı kutladı.",
        ),
      ).toEqual([]);
      expect(bases("Tören, Dünya Kadınlar Günü nedeniyle yapıldı.")).toEqual([]);
      expect(bases("Bugün Kırgız yetkililer ile Özbek iş insanları ve Türkler buluştu.")).toEqual(
        [],
      );
      expect(bases("Santral 850 MW güç üretecek.")).toEqual([]);
      expect(bases("Bize “Tarafsız Türkmenistan” deniyor.")).toEqual([]);
      expect(bases("“Anavatanınızda yatırım yapın” dedi, “Ata Yurdunuzda bekliyoruz.”")).toEqual(
        [],
      );
      expect(bases("Bursa'da Bursalı işadamları toplandı.")).toEqual(["Bursa"]);
      expect(bases("Heyet dün Aktau'ya gitti. Dedi ki: “Doğuda Aktau, Batıda Aktaudur”.")).toEqual([
        "Aktau",
      ]);
      // Look-alikes that stay names: a surname like a holiday, a place named "Deniz", "Yalı".
      expect(bases("Bakan Ceyhun Bayramov konuştu.")).toContain("Ceyhun Bayramov");
      expect(bases("Heyet dün Akdeniz'e gitti.")).toContain("Akdeniz");
    });

    it("a quotation's first word is like a sentence's first ('“Birlikte çalışıyoruz”'), a name quoted alone is not", () => {
      expect(bases("Dün Kaya, “Birlikte güçlüyüz” dedi.")).toEqual(["Kaya"]);
      expect(bases("Dün Kaya, ‘’Gelecek bizim’’ dedi.")).toEqual(["Kaya"]);
      expect(find("Heyet “Karlıtaş” adlı köye gitti.", "Karlıtaş")).toBeDefined();
    });

    it("a subhead in Title Case with 've' makes no names and does not run into the next line", () => {
      const text =
        "Büyükelçi Oş'ta temaslarda bulundu.\nEğitim ve Sağlık Projeleri\nVali Nurbek Aliev projeleri anlattı.";
      expect(bases(text)).toEqual(expect.arrayContaining(["Nurbek Aliev"]));
      expect(bases(text).join(" | ")).not.toMatch(/Projeleri|Sağlık/u);
      expect(bases("Tarım ve Ticaret Üzerine Görüşmeler\nHeyet dün döndü.")).toEqual([]);
    });

    it("where an article drops apostrophes, a name's case ending comes off ('Almatıda', 'Buharanın', 'Kerkiye')", () => {
      // The known names show the style: "Kazakistanda", "Rusyanın".
      const text =
        "Kazakistanda yaşayan iş insanları Almatıda toplandı. Rusyanın heyeti daha sonra Buharanın tarihi merkezini gezdi ve Kerkiye geçti. Heyet Şımkentten Taraz yoluyla döndü.";
      expect(bases(text)).toEqual(expect.arrayContaining(["Almatı", "Buhara", "Kerki", "Şımkent"]));
      expect(bases(text)).not.toContain("Şımkentten Taraz");
      // A name that only looks suffixed stays whole: a bare vowel ("Konya"), "-in" after a
      // consonant ("Metin"), a short stem ("Özden", "Kaptan"), and a titled person's "-in".
      const whole = bases(
        "Kazakistanda toplantı yapıldı. Heyet Konya ve Berdan ile Metin Özden'i, Ali Kaptan'ı ve Bakan Yerlan Karinin'i dinledi. Rusyanın heyeti Kaptan ile Metin Özden görüştü.",
      );
      expect(whole).toEqual(expect.arrayContaining(["Metin Özden"]));
      expect(whole.join(" | ")).not.toMatch(/\bÖz\b|Kap\b|Kari\b/u);
    });

    it("an article that keeps its apostrophes cuts no ending a word does not show twice", () => {
      const kept = bases("Kazakistan'da yaşayan heyet Rusya'nın elçisiyle Aktauya gitti.");
      expect(kept).toContain("Aktauya");
      // The same stem with two endings is a name in any article: "Aktauya" and "Aktaudan".
      const twice = bases(
        "Kazakistan'da yaşayan heyet dün Aktauya gitti. Heyet bugün Aktaudan döndü.",
      );
      expect(twice).toContain("Aktau");
      // ... but not when the article writes the longer stem itself ("Aksaray", "Aksaraya").
      const longer = bases(
        "Kazakistan'da heyet dün Aksaraya gitti, Aksarayı gezdi. Aksaray güzeldi.",
      );
      expect(longer).toContain("Aksaray");
      expect(longer).not.toContain("Aksara");
    });

    it("a name in the genitive before a facility owns it where the apostrophe is lost ('Ordu Tekstilin fabrikası')", () => {
      const text = "Kazakistanda yatırım yapan Ordu Tekstilin fabrikası açıldı.";
      expect(find(text, "Ordu Tekstil")?.type).toBe("company");
      expect(bases(text)).not.toContain("Ordu Tekstilin fabrikası");
    });

    it("a province is named with its word ('Mangistau oblastı', 'Balkan vilayeti'); 'bölgesi' too when the city stands alone elsewhere", () => {
      expect(
        find("Heyet dün Mangistau oblastında yatırımları inceledi.", "Mangistau oblastı")?.type,
      ).toBe("place");
      // A title before a comma holds no name: the province and the plant after it are their own.
      const plant = suggestions(
        "Ekin Holding Başkanı, Lebap vilayetindeki çimento fabrikası hakkında bilgi verdi.",
      );
      expect(plant.map((x) => x.base)).toEqual(
        expect.arrayContaining(["Lebap vilayeti", "çimento fabrikası"]),
      );
      const region = bases(
        "Büyükelçi Celalabat bölgesini ziyaret etti. Celalabat'ın valisi ile görüştü.",
      );
      expect(region).toEqual(expect.arrayContaining(["Celalabat bölgesi", "Celalabat"]));
      // Look-alike: the region's word alone leaves the name a place (see 'Kerki bölgesinde').
      expect(bases("Heyet dün Narın bölgesinde incelemede bulundu.")).toEqual(["Narın"]);
    });

    it("a sentence's first word before a word for a town is a name, unless the article writes it in lower case", () => {
      expect(find("Mihalgazi ilçesinde yeni bir tesis açıldı.", "Mihalgazi")?.type).toBe("place");
      expect(
        bases("Merkez ilçesinde toplantı yapıldı. Toplantı merkez binada sürdü."),
      ).not.toContain("Merkez");
    });

    it("a railway, a motorway, a bridge and a dam are projects by their head word", () => {
      expect(find("Heyet Ahalkalaki Demiryolu hattını gezdi.", "Ahalkalaki Demiryolu")?.type).toBe(
        "project",
      );
      expect(find("Yetkililer Rogun Barajı inşaatını gezdi.", "Rogun Barajı")?.type).toBe(
        "project",
      );
    });

    it("pronouns, a one-letter word and God are no names, nor is a quotation's first word after a space", () => {
      expect(
        bases('Dün Kaya şöyle dedi: " Birçok proje var. O gün Allah bize yardım etti."'),
      ).toEqual(["Kaya"]);
      // "Dünya" starts a body's name though the article also writes "dünya".
      const world = find(
        "Toplantı bitti. Dünya Sağlık Örgütü açıklama yaptı. Bugün dünya değişiyor.",
        "Dünya Sağlık Örgütü",
      );
      expect(world?.type).toBe("organisation");
      // Look-alike: "Tanrı Dağı" is a mountain range's name.
      expect(bases("Misafirlerimiz, Tanrı Dağı eteklerine hoş geldiniz.")).toContain("Tanrı Dağı");
    });

    it("a name ending in k that lost its apostrophe is read back from its soft ğ ('Ilıcağı' -> Ilıcak)", () => {
      expect(
        bases("Bakan dün Şirket Başkanı Mert Yumuşağı kabul etti. Mert Yumuşağın şirketi büyüdü."),
      ).toContain("Mert Yumuşak");
      // Look-alikes: a name ending in ğa and a mountain keep their spelling.
      const keep = bases("Toplantıya Ayşe Doğa katıldı. Heyet Ağrı Dağı eteklerine gitti.");
      expect(keep).toEqual(expect.arrayContaining(["Ayşe Doğa", "Ağrı Dağı"]));
    });

    it("whose company it is does not make the owner a company ('Ahmet Koçak'ın şirketi')", () => {
      expect(
        find("Toplantıya Ahmet Koçak katıldı. Ahmet Koçak'ın şirketi büyüyor.", "Ahmet Koçak")
          ?.type,
      ).toBe("person");
    });

    it("head words of new kinds: a mosque, a newspaper, an airline, an agreement, an economic zone and its acronym", () => {
      expect(find("Heyet dün Hacı Bayram Camii'ni gezdi.", "Hacı Bayram Camii")?.type).toBe(
        "place",
      );
      expect(find("Haberi dün Kars Gazetesi yazdı.", "Kars Gazetesi")?.type).toBe("organisation");
      expect(
        find("Heyet dün Özbekistan Havayolları'nın uçağıyla geldi.", "Özbekistan Havayolları")
          ?.type,
      ).toBe("company");
      expect(find("Taraflar dün Moskova Antlaşması'nı andı.", "Moskova Antlaşması")?.type).toBe(
        "project",
      );
      expect(
        find("Yatırımcılar Navoi Özel Ekonomik Bölgesi'ne geldi.", "Navoi Özel Ekonomik Bölgesi")
          ?.type,
      ).toBe("project");
      expect(find("Fabrika “Navoi” SEZ'de kuruldu.", "SEZ")?.type).toBe("project");
    });

    it("a founder is an office ('Vakıf Kurucusu X'), words joined by a hyphen alone are a place ('Çolpan-Ata')", () => {
      const text = "Toplantıya TÜRKAV Kurucusu Ayhan Demir katıldı. Sonra Demir konuştu.";
      expect(find(text, "Ayhan Demir")).toMatchObject({ type: "person", aliases: ["Demir"] });
      expect(bases(text)).not.toContain("TÜRKAV Kurucusu");
      expect(find("Zirve dün Çolpan-Ata'da yapıldı.", "Çolpan-Ata")?.type).toBe("place");
      // Look-alike: a person's double name with a space stays a person.
      expect(find("Toplantıya Ayşe Nur Kaya katıldı.", "Ayşe Nur Kaya")?.type).toBe("person");
    });

    it("'ve' joins two names into one only before a capitalised head ('Aşkabat ve Bakü deniz sınırı' are two)", () => {
      const two = bases("Heyet, Hazar'da Aşkabat ve Bakü deniz sınırını konuştu.");
      expect(two).toEqual(expect.arrayContaining(["Aşkabat", "Bakü"]));
      expect(two).not.toContain("Aşkabat ve Bakü");
      expect(bases("Heyet dün Gebze Ticaret ve Sanayi Odası'nı gezdi.")).toContain(
        "Gebze Ticaret ve Sanayi Odası",
      );
    });

    it("a consul posted to a city is the sending country's official, with or without its genitive", () => {
      const s = find("Kırgızistan İstanbul Başkonsolosu Nurbek Osmonov konuştu.", "Nurbek Osmonov");
      expect(s?.relations).toEqual([
        expect.objectContaining({ type: "official_of", target: "kyrgyzstan" }),
      ]);
    });

    it("a word that says which part an office covers belongs to the office ('Bursa İl Temsilcisi')", () => {
      const text =
        "Mühendisler Odası Bursa İl Temsilcisi Ayhan Er ile TİKA Almatı Program Koordinatörü Ece Naz konuştu.";
      expect(bases(text)).not.toContain("Bursa İl");
      expect(bases(text)).not.toContain("Almatı Program");
      expect(bases(text)).toEqual(expect.arrayContaining(["Ayhan Er", "Ece Naz"]));
    });
  });
});
