/** Deep-merges translation catalogues: later ones win, missing keys fall back to earlier ones. */
type Catalogue = { [key: string]: string | Catalogue };

const isCatalogue = (value: unknown): value is Catalogue =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const mergeMessages = <T extends object>(...catalogues: object[]): T => {
  const result: Catalogue = {};
  for (const catalogue of catalogues) {
    for (const [key, value] of Object.entries(catalogue)) {
      const existing = result[key];
      result[key] = isCatalogue(existing) && isCatalogue(value) ? mergeMessages<Catalogue>(existing, value) : value;
    }
  }
  return result as T;
};

/** The same keys as `T`, every leaf a string: each language must translate every key of ours. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
