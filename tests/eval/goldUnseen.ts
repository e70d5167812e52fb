// Gold for the unseen articles: real Turkish news (sources in tests/fixtures/gold/README.md),
// collected and annotated by someone who writes no rules, and measured before anyone writing rules
// read them. An article read to fix something moves to the tuning split (goldTune.ts), says so there
// and in the README, and a new article takes its place.
//
// Notation as in buildGold.ts; "?" marks a title that stands for a person (optional: see the README).
//
// The articles 202-210 that were here were read by rule authors in the first round of issue 8 and
// moved to goldTune.ts. The articles 301-308 were here in round 2; their unseen numbers were recorded
// (docs/extraction.md) and they moved to goldTune.ts in round 3. The articles 311-318 were here
// in round 3; their unseen numbers
// were recorded (docs/extraction.md) and they moved to goldTune.ts in round 4. The list may be empty: the
// evaluation then shows no unseen split.
//
// 321-328 were the unseen split of round 4: their numbers were recorded (docs/extraction.md) and they
// moved to goldTune.ts at the start of round 5. A new unseen split takes their place here.
import type { ArticleSpec } from "./buildGold";

export const UNSEEN: ArticleSpec[] = [];
