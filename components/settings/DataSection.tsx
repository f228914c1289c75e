import { useEffect, useState } from 'preact/hooks';
import { useEnv } from '../ui/context';
import { BackupRestore } from '../review/BackupRestore';

export interface DataDeps {
  storageStatus: () => Promise<{ usage: number | null; persisted: boolean | null }>;
  /** Deletes everything this browser stores for the extension but the install mark. */
  clearAll: () => Promise<void>;
}

/**
 * 数据: storage used, whether it is kept under pressure, backing up and restoring everything (the
 * review tab's backup, without a meeting), and deleting everything (confirmed) — in that order,
 * so the backup sits just above the button whose hint says to make one first.
 */
export function DataSection({ deps }: { deps: DataDeps }) {
  const { t, locale } = useEnv();
  const [status, setStatus] = useState<{ usage: number | null; persisted: boolean | null } | null>(
    null,
  );
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);
  useEffect(() => void deps.storageStatus().then(setStatus), [deps, done]);
  const word = t('settings.data.confirmWord');
  const mb = (n: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n / 1048576);

  return (
    <section class="card" aria-labelledby="s-data">
      <h2 id="s-data">{t('settings.data')}</h2>
      <p>{t('settings.data.local')}</p>
      {status && (
        <dl class="meeting-line">
          <div>
            <dt>{t('settings.data.usage')}</dt>
            <dd>{status.usage === null ? '–' : `${mb(status.usage)} MB`}</dd>
          </div>
          <div>
            <dt>{t('settings.data.persisted')}</dt>
            <dd>
              {t(status.persisted ? 'settings.data.persisted.yes' : 'settings.data.persisted.no')}
            </dd>
          </div>
        </dl>
      )}
      <div class="backup-zone">
        <h3>{t('settings.backup')}</h3>
        <p class="hint">{t('settings.backup.hint')}</p>
        <BackupRestore inline />
      </div>
      <div class="danger-zone">
        <h3>{t('settings.data.delete')}</h3>
        <p class="hint">{t('settings.data.deleteHint', { word })}</p>
        <div class="row">
          <div class="field">
            <label for="s-confirm">{t('settings.data.confirmLabel', { word })}</label>
            <input
              id="s-confirm"
              value={confirm}
              onInput={(e) => setConfirm(e.currentTarget.value)}
            />
          </div>
          <button
            type="button"
            class="danger align-end"
            disabled={confirm.trim() !== word}
            onClick={() =>
              // The repository announces it (a reset): every open view reads again.
              void deps.clearAll().then(() => {
                setConfirm('');
                setDone(true);
              })
            }
          >
            {t('settings.data.deleteButton')}
          </button>
        </div>
        <p role="status">{done ? t('settings.data.deleted') : ''}</p>
      </div>
    </section>
  );
}
