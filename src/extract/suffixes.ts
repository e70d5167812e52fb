// Turkish case suffixes, generated from the rules rather than listed. A template is written with
// archiphonemes, as in a grammar book:
//   A = a/e (two-way harmony)          I = ı/i/u/ü (four-way harmony)
//   D = d/t (t after a voiceless stem)  (y), (n) = buffer consonant, only after a vowel
// and expanded for one stem. Buffer consonants are strict (a vowel-final stem needs its buffer, a
// consonant-final one must not have it); vowel harmony is lenient (foreign names and acronyms are
// read aloud, not spelled, so "GBNews'e" is right although its last written vowel is e), and a
// disagreeing vowel only lowers the confidence.

export type GrammaticalCase =
  | "nominative"
  | "genitive"
  | "accusative"
  | "dative"
  | "locative"
  | "ablative"
  | "instrumental"
  | "relative";

interface Template {
  form: string;
  case: GrammaticalCase;
  plural?: boolean;
}

/** Case endings of a bare noun, and of its plural. -ki attaches to the locative and genitive. */
const CASES: Template[] = [
  { form: "", case: "nominative" },
  { form: "(n)In", case: "genitive" },
  { form: "(y)I", case: "accusative" },
  { form: "(y)A", case: "dative" },
  { form: "DA", case: "locative" },
  { form: "DAn", case: "ablative" },
  { form: "(y)lA", case: "instrumental" },
  { form: "DAki", case: "relative" },
  { form: "(n)Inki", case: "relative" },
];

/**
 * After a third-person possessive ("Karaganda bölgesi", "Tataristan Cumhuriyeti") the case endings
 * take the pronominal n: bölgesi-ne, bölgesi-nde, bölgesi-nin. The instrumental keeps its y.
 */
const POSSESSIVE_CASES: Template[] = [
  { form: "", case: "nominative" },
  { form: "nIn", case: "genitive" },
  { form: "nI", case: "accusative" },
  { form: "nA", case: "dative" },
  { form: "ndA", case: "locative" },
  { form: "ndAn", case: "ablative" },
  { form: "ylA", case: "instrumental" },
  { form: "ndAki", case: "relative" },
  { form: "nInki", case: "relative" },
];

const VOWELS = "aeıioöuü";
const BACK = new Set("aıou");
const ROUND = new Set("oöuü");
/** "Fıstıkçı şahap": after these the D of -DA/-DAn is written t. */
const VOICELESS = new Set("fstkçşhp");

export interface SuffixForm {
  /** The suffix in folded (Turkish lower-case) spelling, e.g. "nın". */
  text: string;
  case: GrammaticalCase;
  plural: boolean;
  /** 1 when harmony and consonant alternation agree with the stem; lower when they do not. */
  confidence: number;
}

function lastVowel(stem: string): string | undefined {
  for (let i = stem.length - 1; i >= 0; i--) if (VOWELS.includes(stem[i])) return stem[i];
  return undefined;
}

const VARIANTS_A = ["a", "e"];
const VARIANTS_I = ["ı", "i", "u", "ü"];

/** The vowel harmony would choose for A or I after `vowel` (front unrounded when there is none). */
function harmonious(kind: "A" | "I", vowel: string | undefined): string {
  const back = vowel !== undefined && BACK.has(vowel);
  if (kind === "A") return back ? "a" : "e";
  const round = vowel !== undefined && ROUND.has(vowel);
  if (back) return round ? "u" : "ı";
  return round ? "ü" : "i";
}

interface Partial {
  text: string;
  vowelMisses: number;
  consonantMisses: number;
  /** Last vowel written so far: the next harmonising vowel follows it. */
  vowel: string | undefined;
  /** Last sound written so far: d/t follows it. */
  last: string;
}

/**
 * Expands one template for a stem into every spelling with its confidence: a vowel that disagrees
 * with harmony costs 0.15, a d/t that disagrees with the sound before it costs 0.2.
 */
function expand(template: string, stem: string): { text: string; confidence: number }[] {
  const stemLast = stem[stem.length - 1] ?? "";
  const stemEndsInVowel = VOWELS.includes(stemLast);
  let partials: Partial[] = [
    { text: "", vowelMisses: 0, consonantMisses: 0, vowel: lastVowel(stem), last: stemLast },
  ];
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === "(") {
      const buffer = template[i + 1];
      i += 2; // past "y)", "n)" or "I)"
      if (buffer === "I") {
        // A linking vowel, only after a consonant: başkan-ımız but Tukai-miz.
        if (!stemEndsInVowel) {
          partials = partials.map((p) => {
            const v = harmonious("I", p.vowel);
            return { ...p, text: p.text + v, vowel: v, last: v };
          });
        }
        continue;
      }
      if (stemEndsInVowel) {
        partials = partials.map((p) => ({ ...p, text: p.text + buffer, last: buffer }));
      }
      continue;
    }
    const next: Partial[] = [];
    for (const p of partials) {
      if (c === "A" || c === "I") {
        const want = harmonious(c, p.vowel);
        for (const v of c === "A" ? VARIANTS_A : VARIANTS_I) {
          next.push({
            ...p,
            text: p.text + v,
            vowelMisses: p.vowelMisses + (v === want ? 0 : 1),
            vowel: v,
            last: v,
          });
        }
      } else if (c === "D") {
        const want = VOICELESS.has(p.last) ? "t" : "d";
        for (const d of ["d", "t"]) {
          next.push({
            ...p,
            text: p.text + d,
            consonantMisses: p.consonantMisses + (d === want ? 0 : 1),
            last: d,
          });
        }
      } else {
        next.push({ ...p, text: p.text + c, last: c, vowel: VOWELS.includes(c) ? c : p.vowel });
      }
    }
    partials = next;
  }
  return partials.map((p) => ({
    text: p.text,
    confidence: Math.max(0.3, 1 - 0.15 * p.vowelMisses - 0.2 * p.consonantMisses),
  }));
}

/** First-person plural possessive: "Başkanımız" (our president), "pazarımızda" (in our market). */
const OUR = "(I)mIz";

const CACHE = new Map<string, Map<string, SuffixForm>>();

/**
 * Every case suffix (singular and plural) that may follow `stem`, keyed by its folded spelling.
 * `possessive` selects the pronominal-n endings of a possessive compound such as "bölgesi".
 * Derivations (-lı, -ca, -ci, -lık) are deliberately absent: "Kazakistanlı" is a person from
 * Kazakhstan, not a form of the country.
 */
export function suffixesFor(
  foldedStem: string,
  possessive = false,
  withOur = false,
): Map<string, SuffixForm> {
  // Only the stem's last vowel and last sound matter, so stems share their expansions.
  const key = `${possessive ? "p" : "b"}${withOur ? "o" : ""}:${lastVowel(foldedStem) ?? ""}:${foldedStem.slice(-1)}`;
  const cached = CACHE.get(key);
  if (cached) return cached;
  const out = new Map<string, SuffixForm>();
  const add = (text: string, c: GrammaticalCase, plural: boolean, confidence: number) => {
    const prev = out.get(text);
    if (!prev || prev.confidence < confidence) out.set(text, { text, case: c, plural, confidence });
  };
  const templates = possessive ? POSSESSIVE_CASES : CASES;
  for (const t of templates) {
    for (const e of expand(t.form, foldedStem)) add(e.text, t.case, false, e.confidence);
  }
  if (!possessive) {
    // Plural: lAr, then the case endings after a consonant-final stem ending in r.
    for (const pl of expand("lAr", foldedStem)) {
      const pluralStem = foldedStem + pl.text;
      for (const t of CASES) {
        for (const e of expand(t.form, pluralStem)) {
          add(pl.text + e.text, t.case, true, Math.min(pl.confidence, e.confidence));
        }
      }
    }
  }
  if (withOur) {
    // Titles: "İlk Başkanımız", "Başkanımızın".
    for (const our of expand(OUR, foldedStem)) {
      for (const t of CASES) {
        for (const e of expand(t.form, foldedStem + our.text)) {
          add(our.text + e.text, t.case, false, Math.min(our.confidence, e.confidence));
        }
      }
    }
  }
  CACHE.set(key, out);
  return out;
}
