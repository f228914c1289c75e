import { translator, type Locale, type Translate } from './locale';

/** The messages of one language, loaded on demand (each catalogue is its own chunk). */
export async function loadTranslate(locale: Locale): Promise<Translate> {
  const catalog = locale === 'zh-CN' ? (await import('./zh-CN')).zhCN : (await import('./en')).en;
  return translator(catalog);
}
