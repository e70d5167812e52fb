import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/index";

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("sentence splitting with repairs", () => {
  it("a hard-wrapped sentence stays one sentence", () => {
    const text =
      "Kazakistan devlet başkanı, bir çalışma ziyareti için \nKazakistanda bulunan Minnikhanov ile görüştü.\n";
    expect(sentences(text)).toEqual([text.trim()]);
  });

  it("blank lines inside a sentence do not end it when the line ends with a comma", () => {
    const text =
      "Kazakistan ile Tataristan arasındaki ticaret, endüstriyel, \n\n\n\nenerji iş birliğini değerlendirdiler.";
    expect(sentences(text)).toHaveLength(1);
  });

  it("a headline and a dateline without a full stop are sentences of their own", () => {
    const text =
      "Aliyev ve Erdoğan Ankara'da bir araya geldi\n\nANKARA, 3 Mart\n\nİki lider görüştü. Sonra ayrıldılar.";
    expect(sentences(text)).toEqual([
      "Aliyev ve Erdoğan Ankara'da bir araya geldi",
      "ANKARA, 3 Mart",
      "İki lider görüştü.",
      "Sonra ayrıldılar.",
    ]);
  });

  it("a subhead longer than any hard wrap, without a full stop, is a sentence of its own", () => {
    const sub =
      "Açılış törenine Kazakistan Cumhurbaşkanı, Özbekistan Cumhurbaşkanı ve Kırgızistan Başbakanı da katılacak";
    const text = `Taşkent-Almatı karayolu yarın açılıyor\n${sub}\nYolun ilk bölümü geçen yıl tamamlandı.`;
    expect(sentences(text)).toEqual([
      "Taşkent-Almatı karayolu yarın açılıyor",
      sub,
      "Yolun ilk bölümü geçen yıl tamamlandı.",
    ]);
    // A long line that ends with a comma goes on; a short wrapped line too.
    const comma = `${sub},\nYolun ilk bölümü geçen yıl tamamlandı.`;
    expect(sentences(comma)).toHaveLength(1);
    const wrapped =
      "Zirve başladı.\nDün Kazakistan Cumhurbaşkanı ile Özbekistan Cumhurbaşkanı\nTaşkent'te görüştü.";
    expect(sentences(wrapped)).toHaveLength(2);
  });

  it("a subhead in Title Case after a finished sentence stands alone when the next line is long", () => {
    const text =
      "Ali Kaya dün Kazan'a geldi.\nYeni Yatırımlar ve Ticaret Gündemde\nKaya, Tataristan Cumhurbaşkanı ile yaptığı görüşmede iki ülke arasındaki ticaretin arttığını söyledi.";
    expect(sentences(text)).toEqual([
      "Ali Kaya dün Kazan'a geldi.",
      "Yeni Yatırımlar ve Ticaret Gündemde",
      "Kaya, Tataristan Cumhurbaşkanı ile yaptığı görüşmede iki ülke arasındaki ticaretin arttığını söyledi.",
    ]);
    // A hard wrap: the next line's first word would not have fitted on the short line.
    const wrapped =
      "Zirve başladı.\nDün Kazakistan Cumhurbaşkanı ve Özbekistan Cumhurbaşkanı Ali Kaya\nTaşkent'te bir araya gelerek ticareti görüştü.";
    expect(sentences(wrapped)).toHaveLength(2);
    // A line that does not follow a finished sentence goes on.
    const midSentence =
      "Ali Kaya dün Kazan'a geldi.\nBakanlar dün akşam düzenlenen törende\nYeni Yatırımlar Gündemde\nKaya, Tataristan Cumhurbaşkanı ile yaptığı görüşmede ticaretin arttığını söyledi.";
    expect(sentences(midSentence)).toHaveLength(2);
  });

  it("a headline with a comma over a longer lead, a one-word dateline and a subhead in capitals stand alone", () => {
    const text =
      "Bakan Kaya, yarın Bakü'ye gidecek\nTicaret Bakanı Ali Kaya, Azerbaycan-Türkiye İş Forumu'na katılmak üzere yarın Bakü'ye gidecek.\nİstanbul\nBakanlık sözcüsü açıklama yaptı.\nTÜRK FİRMALARI İLGİ GÖRDÜ\nFuarda 40 firma yer aldı.";
    expect(sentences(text)).toEqual([
      "Bakan Kaya, yarın Bakü'ye gidecek",
      "Ticaret Bakanı Ali Kaya, Azerbaycan-Türkiye İş Forumu'na katılmak üzere yarın Bakü'ye gidecek.",
      "İstanbul",
      "Bakanlık sözcüsü açıklama yaptı.",
      "TÜRK FİRMALARI İLGİ GÖRDÜ",
      "Fuarda 40 firma yer aldı.",
    ]);
    // A hard-wrapped first line with a comma, as long as the next, goes on.
    const wrapped =
      "Bakan Kaya, yarın Bakü'de düzenlenecek iş forumuna katılmak üzere\nAzerbaycan'a gidecek ve orada iki gün kalacak.";
    expect(sentences(wrapped)).toHaveLength(1);
    // A short line after a comma is a wrapped sentence, not a dateline.
    expect(sentences("Forum yarın,\nBakü\nExpo Merkezi'nde açılacak.")).toHaveLength(1);
  });

  it("a quotation announced with a colon on the line before is a sentence of its own", () => {
    const text = 'Kaya şunları söyledi:\n"Forum önemli bir adım olacak."';
    expect(sentences(text)).toEqual(["Kaya şunları söyledi:", '"Forum önemli bir adım olacak."']);
  });

  it("a full stop inside a quoted title ('“... Ortaklık. ...” konulu forum') does not end the sentence", () => {
    const text =
      "Moskova'da “Rusya ve Türkiye: Ortaklık. Yeni Yatırımlar” konulu bir forum düzenlendi. Forum iki gün sürdü.";
    expect(sentences(text)).toEqual([
      "Moskova'da “Rusya ve Türkiye: Ortaklık. Yeni Yatırımlar” konulu bir forum düzenlendi.",
      "Forum iki gün sürdü.",
    ]);
    // A quoted speech goes on being split: "dedi" is no title's noun.
    expect(sentences("“Hazırız. Geliyoruz” dedi. Sonra gitti.")).toHaveLength(3);
  });

  it("'Prof. Dr.', 'T.C.' and the initial in 'M. Çavuşoğlu' do not end a sentence", () => {
    const text = "Prof. Dr. Aydın Kaya konuştu. T.C. Dışişleri Bakanı M. Çavuşoğlu geldi.";
    expect(sentences(text)).toEqual([
      "Prof. Dr. Aydın Kaya konuştu.",
      "T.C. Dışişleri Bakanı M. Çavuşoğlu geldi.",
    ]);
  });

  it("an ordinal ('5. Toplantısı') does not end a sentence", () => {
    expect(sentences("Komisyonun 5. Toplantısı yapıldı. Sonra döndü.")).toHaveLength(2);
  });

  it("a sentence that starts with a number ('200'e yakın') is split off, though ICU keeps it", () => {
    const text = "Şirketler geldi. 200'e yakın Türk şirketi faaliyet gösteriyor.";
    expect(sentences(text)).toEqual([
      "Şirketler geldi.",
      "200'e yakın Türk şirketi faaliyet gösteriyor.",
    ]);
  });

  it("spans index the original text and leave out the surrounding whitespace", () => {
    const text = "  İlk cümle.  \n\n  İkinci cümle.  ";
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["İlk cümle.", "İkinci cümle."]);
    expect(splitSentences("   \n ")).toEqual([]);
  });

  it("the seed article splits into the sentences the hand-curated graph cites", async () => {
    const { readFileSync } = await import("node:fs");
    const text = readFileSync("data/articles/000_d7abfb82a5c11602.txt", "utf8");
    const got = splitSentences(text).map((s) => `${s.start}-${s.end}`);
    for (const span of [
      "1-188",
      "190-345",
      "347-532",
      "573-670",
      "727-841",
      "1017-1164",
      "1234-1405",
      "1536-1643",
      "1645-1737",
      "1768-1837",
      "1839-1968",
      "1970-2199",
    ]) {
      expect(got).toContain(span);
    }
  });
});
