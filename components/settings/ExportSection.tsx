import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ExportPrefs } from '../../lib/adapters/export-prefs';
import { exampleMeeting } from '../../lib/example';
import { useEnv } from '../ui/context';
import { useReviewServices } from '../review/context';
import { ExportPrefsForm } from '../review/ExportPrefsForm';

/**
 * 导出默认设置: the review tab's export settings, reachable without opening a meeting. The preview
 * names the example meeting, since there is no meeting here.
 */
export function ExportSection() {
  const { t, locale, services } = useEnv();
  const { prefs } = useReviewServices();
  const [value, setValue] = useState<ExportPrefs | null>(null);
  useEffect(() => {
    void prefs.read().then(setValue);
    return prefs.watch(setValue);
  }, [prefs]);
  const sample = useMemo(() => exampleMeeting(locale, services.now()), [locale, services]);
  if (!value) return null;

  return (
    <section class="card" aria-labelledby="s-export">
      <h2 id="s-export">{t('settings.export')}</h2>
      <p class="hint">{t('settings.export.hint')}</p>
      <ExportPrefsForm
        sample={sample}
        previewKey="settings.export.example"
        prefs={value}
        onSave={async (patch) => setValue(await prefs.update(patch))}
      />
    </section>
  );
}
