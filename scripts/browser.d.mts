import type { BrowserContext } from 'playwright-core';

export const INSTALL_HINT: string;
export function findChrome(env?: Record<string, string | undefined>): string | null;
export const FIREFOX_INSTALL_HINT: string;
export function findFirefox(env?: Record<string, string | undefined>): string | null;
export function launchWithExtension(options: {
  extensionPath: string;
  userDataDir: string;
  headless?: boolean;
  /** UI language the browser reports (navigator.languages), e.g. 'zh-CN'. */
  locale?: string;
  args?: string[];
}): Promise<{ context: BrowserContext; extensionId: string; executablePath: string }>;
