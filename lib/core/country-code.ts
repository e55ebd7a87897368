/**
 * The shape of an ISO 3166-1 alpha-2 code, declared once; lib/geo/countries.ts knows which codes
 * are assigned. No imports, so the page's URL layer can use it without the schema library.
 */
export const ISO2_PATTERN = /^[A-Z]{2}$/;

export const isIso2Shape = (text: string): boolean => ISO2_PATTERN.test(text);
