export const CJK_FONT_HINT: string;
export function cjkFontHint(platform?: string, list?: () => string): string | null;
