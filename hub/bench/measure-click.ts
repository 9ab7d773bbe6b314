/**
 * The page-side measurement of a click, as a script for `page.evaluate`: clicks the enabled button
 * whose text contains `label`, then resolves with the time until the element `[data-testid=testId]`
 * shows text (`domMs`) and until the frame after that (`frameMs`), and the text itself. Refuses
 * to start while the element already shows something, so each sample measures one change.
 */
export function measureClickScript(testId: string): string {
  return `(async ({ label, timeoutMs }) => {
  const button = [...document.querySelectorAll('button')].find(
    (b) => (b.textContent || '').includes(label) && !b.disabled,
  );
  if (!button) throw new Error('no enabled button "' + label + '"');
  const shown = () => {
    const el = document.querySelector('[data-testid="${testId}"]');
    return el && el.textContent ? el.textContent : null;
  };
  if (shown()) throw new Error('${testId} already shows ' + shown());
  return await new Promise((resolve, reject) => {
    let started = 0;
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('no ${testId} within ' + timeoutMs + ' ms'));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      const number = shown();
      if (!number) return;
      const domMs = performance.now() - started;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve({ domMs, frameMs: performance.now() - started, number }));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    started = performance.now();
    button.click();
  });
})`;
}

/** What {@link measureClickScript} resolves with (ms on the page's clock). */
export type ClickMeasure = { domMs: number; frameMs: number; number: string };
