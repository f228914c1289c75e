/**
 * The group robots' strings: their own small catalogue, bundled with the views that use them
 * (settings' groups and outbox, the review tab's 发送到群, all loaded on first use), so the main
 * catalogue the panel awaits at start-up does not grow (test/build/budgets.test.ts).
 */
import { robotsEn, type RobotsKey } from './features/robots.en';
import { robotsZhCN } from './features/robots.zh-CN';
import type { Locale } from './locale';

export type { RobotsKey };
export type RobotsTranslate = (key: RobotsKey, params?: Record<string, string | number>) => string;

export function robotsTranslate(locale: Locale): RobotsTranslate {
  const catalog: Record<RobotsKey, string> = locale === 'zh-CN' ? robotsZhCN : robotsEn;
  return (key, params) =>
    catalog[key].replace(/\{(\w+)\}/g, (m, name: string) =>
      params && name in params ? String(params[name]) : m,
    );
}
