/** Adapter: the clipboard (plain text now; rich text with the exporters). */
export function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}
