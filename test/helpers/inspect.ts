/** Readers the exporter tests use to look inside what the exporters wrote. */

export const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Pipes that split a GFM table row: those not escaped by an odd run of backslashes. */
export function unescapedCount(line: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === ch) n++;
  }
  return n;
}

/** An RFC 4180 reader for the tests (quoted fields, doubled quotes, CRLF records). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    i += 1;
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i += 1;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && next === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i += 1;
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length) records.push([...record, field]);
  return records;
}
