import { PLATFORMS, type Platform } from '../../lib/schema';
import { useEnv } from '../ui/context';

/** Whether the timer overlay shows on each meeting platform. */
export function OverlaySection(props: { off: Platform[]; onChange: (off: Platform[]) => void }) {
  const { t } = useEnv();
  return (
    <section class="card" aria-labelledby="s-overlay">
      <h2 id="s-overlay">{t('settings.overlay')}</h2>
      <p class="hint">{t('settings.overlay.hint')}</p>
      <div class="checks">
        {PLATFORMS.map((p) => (
          <label class="check" key={p}>
            <input
              type="checkbox"
              checked={!props.off.includes(p)}
              onChange={(e) =>
                props.onChange(
                  e.currentTarget.checked ? props.off.filter((x) => x !== p) : [...props.off, p],
                )
              }
            />
            {p === 'other' ? t('settings.overlay.other') : t(`platform.${p}`)}
          </label>
        ))}
      </div>
    </section>
  );
}
