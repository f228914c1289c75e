/**
 * Adapter: a short, quiet two-tone chime for timer thresholds, synthesised with Web Audio (no
 * audio file to ship, nothing fetched).
 */
export function chime(kind: 'warning' | 'overrun'): void {
  const Ctx = globalThis.AudioContext;
  if (!Ctx) return;
  const ctx = new Ctx();
  const tones = kind === 'warning' ? [660, 880] : [880, 660, 440];
  tones.forEach((hz, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = hz;
    gain.gain.setValueAtTime(0.0001, ctx.currentTime + i * 0.18);
    gain.gain.exponentialRampToValueAtTime(0.15, ctx.currentTime + i * 0.18 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + i * 0.18 + 0.16);
    osc.connect(gain).connect(ctx.destination);
    osc.start(ctx.currentTime + i * 0.18);
    osc.stop(ctx.currentTime + i * 0.18 + 0.17);
  });
  setTimeout(() => void ctx.close(), tones.length * 200 + 100);
}
