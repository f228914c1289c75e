/**
 * Language choice and message lookup, without the catalogues themselves: pages load only the
 * catalogue of their language (load.ts), which keeps the other language out of start-up.
 */
import type { MessageKey } from './en';

export type { MessageKey };
export type Locale = 'zh-CN' | 'en';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The UI language from the browser's preferred languages (`navigator.languages`): any Chinese
 * variant gets zh-CN (the only Chinese catalogue), anything else English. The first language
 * that we have wins, so `['ja', 'zh-TW', 'en']` gives zh-CN.
 */
export function pickLocale(languages: readonly string[]): Locale {
  for (const lang of languages) {
    const primary = lang.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** The UI language: the user's choice in the settings, else the browser's languages. */
export function resolveLocale(choice: 'auto' | Locale, languages: readonly string[]): Locale {
  return choice === 'auto' ? pickLocale(languages) : choice;
}

/** Looks keys up in `catalog`, filling `{name}` placeholders; unknown ones stay visible. */
export function translator(catalog: Record<MessageKey, string>): Translate {
  return (key, params) => {
    const template = catalog[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (m, name: string) =>
      name in params ? String(params[name]) : m,
    );
  };
}
