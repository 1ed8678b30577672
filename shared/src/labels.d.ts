import type { CompanySector, Language } from './enums';
/** A company's sector in words, the same in the back office and on the portal. */
export declare const SECTOR_LABELS: Readonly<Record<Language, Readonly<Record<CompanySector, string>>>>;
