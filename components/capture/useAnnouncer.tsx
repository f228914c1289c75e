import { useCallback, useEffect, useState } from 'preact/hooks';

/** How long an announcement stays on screen. */
const CLEAR_MS = 8000;

/**
 * A polite live region for what just happened ("已记录", "已创建行动项…"), shown as a toast at the
 * bottom of the view for a few seconds. The region is always in the page (so it is read out);
 * the counter in the key makes a message said twice in a row be read twice.
 */
export function useAnnouncer() {
  const [message, setMessage] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => setMessage((m) => ({ text, n: m.n + 1 })), []);
  useEffect(() => {
    if (!message.text) return;
    const timer = setTimeout(() => setMessage((m) => ({ ...m, text: '' })), CLEAR_MS);
    return () => clearTimeout(timer);
  }, [message]);
  const region = (
    <p class="cap-status" role="status" aria-live="polite">
      <span key={message.n}>{message.text}</span>
    </p>
  );
  return { announce, region };
}
