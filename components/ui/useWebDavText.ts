import { useEffect, useState } from 'preact/hooks';
import { loadWebDavTranslate, type WebDavTranslate } from '../../lib/i18n/webdav';
import { useEnv } from './context';

/** The shared folder's strings (their own catalogue, lib/i18n/webdav.ts); null while loading. */
export function useWebDavText(): WebDavTranslate | null {
  const { locale } = useEnv();
  const [w, setW] = useState<WebDavTranslate | null>(null);
  useEffect(() => {
    let live = true;
    void loadWebDavTranslate(locale).then((loaded) => live && setW(() => loaded));
    return () => {
      live = false;
    };
  }, [locale]);
  return w;
}
