import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useEnv } from './context';

const cache = new Map<() => Promise<unknown>, ComponentType<never>>();

/**
 * Starts loading a lazy component before it is rendered (a failure is left to `Lazy`, which
 * loads again and shows it); once loaded, `Lazy` renders it in its first render, not a frame
 * later.
 */
export function preload<P extends object>(load: () => Promise<ComponentType<P>>): void {
  if (cache.has(load)) return;
  load().then(
    (c) => void cache.set(load, c as ComponentType<never>),
    () => {},
  );
}

/**
 * Renders a component that is loaded on first use (its own chunk), so the panel's start-up
 * stays small: the sign-in, capture, plan and review views load when their tab is first opened,
 * then stay loaded. A failed load is shown, not swallowed.
 */
export function Lazy<P extends object>(props: {
  load: () => Promise<ComponentType<P>>;
  props: P;
  loading?: string;
  failed?: (message: string) => string;
}) {
  const { t } = useEnv();
  const [Component, setComponent] = useState<ComponentType<P> | null>(
    () => (cache.get(props.load) as ComponentType<P> | undefined) ?? null,
  );
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (Component) return;
    let alive = true;
    props.load().then(
      (c) => {
        cache.set(props.load, c as ComponentType<never>);
        if (alive) setComponent(() => c);
      },
      (e: unknown) => alive && setError(String(e)),
    );
    return () => void (alive = false);
  }, [props.load, Component]);
  if (error) {
    return (
      <p class="banner error" role="alert">
        {props.failed ? props.failed(error) : t('error.generic', { message: error })}
      </p>
    );
  }
  if (Component) return <Component {...props.props} />;
  return <p aria-live="polite">{props.loading ?? t('editor.loading')}</p>;
}
