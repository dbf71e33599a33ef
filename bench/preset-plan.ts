import type { Page } from 'playwright-core';
import { sendLikePopup } from './popup-port';
import { median } from './stats';

/** Two presets taken in turn, so that each choice asks a new estimate. */
const PRESETS = [
  { label: '1 page a day', goal: { type: 'QURAN_PAGES', amount: 1 } },
  { label: '10 minutes a day', goal: { type: 'QURAN_TIME', amount: 600 } },
] as const;

/**
 * Clicks `label`'s preset in the popup and answers the ms, timed in the page, until the plan
 * section shows the new week (after being busy, or at once when its answer was already there).
 */
function presetToPlan(popup: Page, label: string): Promise<number> {
  return popup.evaluate(
    (wanted) =>
      new Promise<number>((resolve, reject) => {
        const buttons = [...document.querySelectorAll<HTMLButtonElement>('.presets button')];
        const button = buttons.find((b) => b.textContent?.trim() === wanted);
        const plan = document.querySelector('.plan');
        if (!button || !plan) return reject(new Error(`No preset "${wanted}" or no plan.`));
        let asked = false;
        const before = plan.textContent;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (plan.getAttribute('aria-busy') === 'true') asked = true;
          else if ((asked || plan.textContent !== before) && plan.querySelector('.week')) {
            observer.disconnect();
            clearTimeout(limit);
            resolve(performance.now() - start);
          }
        });
        const limit = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`No plan for "${wanted}" within 10 s.`));
        }, 10_000);
        observer.observe(plan, { attributes: true, childList: true, subtree: true });
        button.click();
      }),
    label,
  );
}

/**
 * "Preset chosen → plan shown" in the signed-in popup, beside one `estimateGoal` message on
 * the protocol port from the same page (the round trip it cannot do without).
 */
export async function measurePresetToPlan(popup: Page, runs: number) {
  const shown: number[] = [];
  const trip: number[] = [];
  for (let run = 0; run < runs; run++) {
    const preset = PRESETS[run % PRESETS.length] ?? PRESETS[0];
    shown.push(await presetToPlan(popup, preset.label));
    const { ms, reply } = await sendLikePopup<{ ok: boolean }>(popup, {
      name: 'estimateGoal',
      payload: { goal: { mushafId: 4, body: { ...preset.goal, category: 'QURAN' } } },
    });
    if (!reply.ok) throw new Error(`estimateGoal: ${JSON.stringify(reply)}`);
    trip.push(ms);
  }
  return { shown: median(shown), trip: median(trip) };
}
