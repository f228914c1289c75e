/**
 * Runs in a page (pass it to `page.evaluate` with a button's text): clicks the first button whose
 * text contains `text` the moment it is rendered — from a mutation observer, so in the same task
 * as the render, before anything the page defers to a later frame or timer. A user's click can
 * land that early when the page loads in a background tab or on a busy machine. Resolves true
 * once clicked. Shared by the Chromium and Firefox suites.
 */
export function clickWhenShown(text: string): Promise<boolean> {
  return new Promise((done) => {
    const attempt = () => {
      const button = [...document.querySelectorAll('button')].find((b) =>
        (b.textContent ?? '').includes(text),
      );
      if (!button) return false;
      button.click();
      done(true);
      return true;
    };
    if (attempt()) return;
    const observer = new MutationObserver(() => {
      if (attempt()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}
