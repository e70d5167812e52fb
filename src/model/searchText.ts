/**
 * Folds text for a forgiving search: Turkish-aware lower case (İ -> i, I -> ı), then accents
 * and the dotless ı dropped, so "kazakistan", "KAZAKİSTAN" and "Kazakıstan" all meet.
 */
export function foldForSearch(text: string): string {
  return text.toLocaleLowerCase("tr").normalize("NFKD").replace(/\p{M}/gu, "").replace(/ı/g, "i");
}
