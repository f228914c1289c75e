/**
 * Brings the element a search hit points at (a talking point, `point-<id>`, rendered by
 * components/capture/PointRow.tsx) into view and focus once its tab has loaded and rendered it.
 * Loaded only when a meeting is opened from a search result.
 */
const TRIES = 300; // frames: about 5 s for the tab's chunk to load on a busy machine

export function land(elementId: string, tries = TRIES) {
  const el = document.getElementById(elementId);
  if (el) {
    el.scrollIntoView({ block: 'center' });
    el.focus();
  } else if (tries > 0) requestAnimationFrame(() => land(elementId, tries - 1));
}
