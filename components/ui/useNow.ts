import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, refreshed every second while `active` and the page is visible. Views derive
 * the timer from stored timestamps and this clock, so a throttled or hidden panel never drifts.
 */
export function useNow(now: () => Date, active: boolean): number {
  const [value, setValue] = useState(() => now().getTime());
  useEffect(() => {
    setValue(now().getTime());
    if (!active) return;
    let handle: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const t = now().getTime();
      setValue(t);
      if (document.visibilityState === 'visible') handle = setTimeout(tick, 1000 - (t % 1000) + 5);
    };
    const onVisibility = () => {
      clearTimeout(handle);
      if (document.visibilityState === 'visible') tick();
    };
    tick();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(handle);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [now, active]);
  return value;
}
