import { en } from './en';
import { translator, type Locale, type MessageKey, type Translate } from './locale';
import { zhCN } from './zh-CN';

export { pickLocale, resolveLocale, translator } from './locale';
export type { Locale, MessageKey, Translate };

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

/** Both catalogues, synchronously: for tests, exports and other places off the start-up path. */
export function createTranslate(locale: Locale): Translate {
  return translator(catalogs[locale]);
}
