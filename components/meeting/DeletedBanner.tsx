import { useState } from 'preact/hooks';
import { useEnv } from '../ui/context';

/**
 * Said where a record is being edited when another view deleted it: nothing is saved (a save
 * would silently re-create it, lib/store/revisioned.ts), the typed text stays, and one button
 * brings it back from the trash with that text on top.
 */
export function DeletedBanner(props: { what: 'meeting' | 'item'; onRestore: () => Promise<void> }) {
  const { t } = useEnv();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const restore = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await props.onRestore();
    } catch (e) {
      setFailure(t('deleted.failed', { message: String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="banner warn deleted-banner" role="alert">
      <p>
        <strong>{t(props.what === 'meeting' ? 'deleted.meeting' : 'deleted.item')}</strong>{' '}
        {t('deleted.kept')}
      </p>
      <button type="button" disabled={busy} onClick={() => void restore()}>
        {t('deleted.restore')}
      </button>
      {failure && <p>{failure}</p>}
    </div>
  );
}
