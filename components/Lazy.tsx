import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useEnv } from './context';

const cache = new Map<() => Promise<unknown>, ComponentType<never>>();

/**
 * Renders a component that is loaded on first use (its own chunk), so the panel's start-up
 * stays small: the capture, sign-in and review views load when their tab is first opened.
 */
export function Lazy<P extends object>(props: { load: () => Promise<ComponentType<P>>; props: P }) {
  const { t } = useEnv();
  const [Component, setComponent] = useState<ComponentType<P> | null>(
    () => (cache.get(props.load) as ComponentType<P> | undefined) ?? null,
  );
  useEffect(() => {
    if (Component) return;
    let alive = true;
    void props.load().then((c) => {
      cache.set(props.load, c as ComponentType<never>);
      if (alive) setComponent(() => c);
    });
    return () => void (alive = false);
  }, [props.load, Component]);
  return Component ? (
    <Component {...props.props} />
  ) : (
    <p aria-live="polite">{t('editor.loading')}</p>
  );
}
