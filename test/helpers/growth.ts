/**
 * Time bounds as growth, not wall-clock: how much longer a function takes on an input `factor`
 * times larger. Absolute times depend on the machine and on what else runs on it; the ratio of
 * two times taken side by side does not, as long as each is measured robustly:
 * - time is this process's CPU time, not the clock: on a machine shared with other builds the
 *   clock also counts the time other processes had the CPU (a load of 13 on two cores made
 *   clock-timed ratios of a linear function swing from 8× to 80×); CPU time does not;
 * - the work per round is calibrated so that a round lasts 10 ms of CPU at the small size
 *   (and the large size runs `factor` times fewer calls, so both rounds do the same work if the
 *   function is linear);
 * - small and large rounds alternate, so a burst of load hits both;
 * - each size keeps its fastest round: other processes only ever add time, so the minimum is the
 *   estimate they disturb least.
 * A super-linear function shows ratios of 100× (quadratic) or 1000× (cubic) for 10× the input,
 * far from the 12× a linear one stays under (measured here: 9× to 11.7× under a load of 13 on two
 * cores, the spread coming from caches shared with the other processes); `expectLinear` allows
 * five attempts so that unlucky measurements cannot fail it, and a super-linear function fails
 * every one of them.
 */
import { expect } from 'vitest';

const ROUND_MS = 10;
const ROUNDS = 9;

/** Milliseconds of CPU this process has used (microsecond resolution on Linux). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timeRound<T>(run: (input: T) => unknown, input: T, calls: number): number {
  const start = cpuMs();
  for (let i = 0; i < calls; i++) run(input);
  return (cpuMs() - start) / calls;
}

/** The ratio of the per-call time on `make(n * factor)` to that on `make(n)`. */
export function growth<T>(
  make: (n: number) => T,
  run: (input: T) => unknown,
  n: number,
  factor = 10,
): number {
  const small = make(n);
  const large = make(n * factor);
  // Past the interpreter and the first compilation of each regular expression, at both sizes.
  for (let i = 0; i < 3; i++) run(small);
  run(large);
  let calls = 1;
  while (calls < 1 << 20 && timeRound(run, small, calls) * calls < ROUND_MS) calls *= 2;
  const largeCalls = Math.max(1, Math.round(calls / factor));
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    bestSmall = Math.min(bestSmall, timeRound(run, small, calls));
    bestLarge = Math.min(bestLarge, timeRound(run, large, largeCalls));
    // Far past any bound after five rounds: more rounds of a super-linear function only waste
    // minutes (the old roster parser took seconds per call at the large sizes).
    if (round >= 4 && bestLarge / bestSmall > factor * 10) break;
  }
  return bestLarge / bestSmall;
}

/**
 * Asserts that 10× the input costs at most `bound`× the time (12 by default: linear, with room
 * for measurement noise). Returns the ratio measured, for the test's log.
 */
export function expectLinear<T>(
  make: (n: number) => T,
  run: (input: T) => unknown,
  n: number,
  bound = 12,
): number {
  const ratios: number[] = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    const ratio = growth(make, run, n);
    ratios.push(ratio);
    if (ratio <= bound) return ratio;
    if (ratio > 3 * bound) break; // super-linear, not noise: no attempt brings it under the bound
  }
  const shown = ratios.map((r) => `${r.toFixed(1)}×`).join(', ');
  expect(Math.min(...ratios), `time for 10× the input (attempts: ${shown})`).toBeLessThanOrEqual(
    bound,
  );
  return Math.min(...ratios);
}
