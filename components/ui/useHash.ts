import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * The location hash, followed from the first render on. The listener is attached in a layout
 * effect, which runs in the same task as the first render, and the hash is read again there: a
 * plain effect runs a frame later, and in a background tab or on a busy machine a second or more
 * later, so a click on "New meeting" in that gap changed the URL but not the view.
 */
export function useHash(): string {
  const [hash, setHash] = useState(() => location.hash);
  useLayoutEffect(() => {
    const onHash = () => setHash(location.hash);
    window.addEventListener('hashchange', onHash);
    onHash();
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return hash;
}
