/**
 * Text bound for an XML part of an Office file (.docx, .xlsx). The writers escape `& < >`, but
 * XML 1.0 has no escape at all for most C0 control characters, lone surrogates or U+FFFE/U+FFFF:
 * one of them pasted into a field would make Word/Excel refuse the whole file. They carry no
 * meaning a reader could see, so they are dropped; tab, LF and CR stay (line ends are normalised).
 */

const ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Only what XML 1.0 can hold. CR stays: the formula guard must see a leading CR, as the CSV's does. */
export const stripIllegalXml = (text: string): string => text.replace(ILLEGAL, '');

/** Legal in XML 1.0, line ends as `\n`. */
export const xmlText = (text: string): string => stripIllegalXml(text).replace(/\r\n?/g, '\n');

/** The lines of a field, for writers that break lines with an element (`<w:br/>`). */
export const xmlLines = (text: string): string[] => xmlText(text).trim().split('\n');
