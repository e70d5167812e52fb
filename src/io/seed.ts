import { CurationSchema } from "../extract/curation";
import { createWorkspace, guessTitle, newId } from "../workspace";
import type { ArticleRecord, Workspace, WorkspaceOp } from "../workspace";
import curationFile from "../../data/curation.json";
import { sha256Hex } from "./hash";

// The shipped example as a workspace: the article texts, their metadata and the corrections in
// data/curation.json, exactly what `npm run extract` reads to make data/graph.json. A new copy
// is made each time, so the shipped seed can always be opened untouched.

const articleTexts = import.meta.glob<string>("../../data/articles/*.{txt,md}", {
  query: "?raw",
  import: "default",
  eager: true,
});

export const SEED_NAME = "Tokayev meets Minnikhanov (shipped example)";

export async function seedWorkspace(now: string): Promise<Workspace> {
  const curation = CurationSchema.parse(curationFile);
  const meta = new Map(curation.sources.map((s) => [s.id, s]));
  const articles: ArticleRecord[] = [];
  for (const [path, text] of Object.entries(articleTexts).sort(([a], [b]) => a.localeCompare(b))) {
    const id = path.replace(/^.*\//u, "").replace(/\.[^.]+$/u, "");
    const m = meta.get(id);
    articles.push({
      id,
      hash: await sha256Hex(text),
      title: m?.title ?? guessTitle(text, id),
      text,
      language: m?.language ?? "tr",
      ...(m?.publisher ? { publisher: m.publisher } : {}),
      ...(m?.date ? { date: m.date } : {}),
      ...(m?.url ? { url: m.url } : {}),
    });
  }
  const ops: WorkspaceOp[] = [
    { id: newId("op"), at: now, kind: "addArticles", articles },
    ...curation.operations.map((operation): WorkspaceOp => ({
      id: newId("op"),
      at: now,
      kind: "curate",
      operation,
    })),
  ];
  return createWorkspace({
    id: newId("ws"),
    name: SEED_NAME,
    now,
    title: curation.document?.title ?? SEED_NAME,
    description: curation.document?.description,
    ops,
  });
}
