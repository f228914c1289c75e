import { useState } from 'preact/hooks';
import { MAX_BACKUP_ITEMS, MAX_BACKUP_MEETINGS } from '../../lib/export/json';
import { exportFileName } from '../../lib/export/formats';
import {
  applyRestore,
  backupEverything,
  backupFileName,
  backupMeeting,
  planRestore,
  type RestorePlan,
} from '../../lib/export/restore';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { RestorePreview } from './RestorePreview';
import { useReviewServices } from './context';
import './backup.css';

type Note = { kind: 'ok' | 'error'; text: string } | null;

/**
 * 备份与恢复: this meeting or everything as a JSON file, and restoring one. A file is read and
 * validated completely before anything is written; what it would add or replace is shown first,
 * and existing records are replaced only with the user's explicit consent. A rejected file leaves
 * the store as it was, with the reason in words. In the review tab it is a disclosure of its own;
 * the settings page shows it `inline`, under its own heading.
 */
export function BackupRestore({ meeting, inline }: { meeting?: Meeting; inline?: boolean }) {
  const { t, locale, services } = useEnv();
  const { prefs, readBackup, history } = useReviewServices();
  const [plan, setPlan] = useState<RestorePlan | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const fail = (e: unknown) =>
    setNote({ kind: 'error', text: t('review.backup.failed', { message: String(e) }) });

  const backUp = async (scope: 'meeting' | 'all') => {
    setNote(null);
    try {
      const now = services.now();
      if (scope === 'meeting' && meeting) {
        const { fileNamePattern: pattern } = await prefs.read();
        const name = exportFileName(meeting, 'json', { pattern, locale });
        services.download(jsonBlob(await backupMeeting(meeting, services, now, history)), name);
        return setNote({ kind: 'ok', text: t('review.export.saved', { name }) });
      }
      const all = await backupEverything(services, now, history);
      const name = backupFileName(locale, now);
      services.download(jsonBlob(all.text), name);
      setNote({
        kind: 'ok',
        text: t('review.backup.savedAll', { name, meetings: all.meetings, items: all.items }),
      });
    } catch (e) {
      fail(e);
    }
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setPlan(null);
    setNote(null);
    if (!file) return;
    setBusy(true);
    try {
      const parsed = await readBackup(file);
      if (!parsed.ok) {
        const n = new Intl.NumberFormat(locale);
        const limits = {
          meetings: n.format(MAX_BACKUP_MEETINGS),
          items: n.format(MAX_BACKUP_ITEMS),
        };
        return setNote({
          kind: 'error',
          text: t(`review.restore.reason.${parsed.reason}`, limits),
        });
      }
      setPlan(await planRestore(parsed, services));
    } catch (e) {
      setNote({ kind: 'error', text: t('review.restore.readFailed', { message: String(e) }) });
    } finally {
      setBusy(false);
    }
  };

  const restore = async (replace: boolean) => {
    if (!plan) return;
    setBusy(true);
    try {
      const result = await applyRestore(plan, services, { replace }, history);
      setPlan(null);
      setNote({
        kind: result.failed.length ? 'error' : 'ok',
        text: t('review.restore.done', {
          added: result.added,
          replaced: result.replaced,
          skipped: result.skipped,
          failed: result.failed.length,
        }),
      });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const body = (
    <>
      <div class="backup-actions">
        {meeting && (
          <button type="button" onClick={() => void backUp('meeting')}>
            {t('review.backup.meeting')}
          </button>
        )}
        <button type="button" onClick={() => void backUp('all')}>
          {t('review.backup.all')}
        </button>
      </div>
      <div class="field">
        <label for="restore-file">{t('review.restore.file')}</label>
        <input
          id="restore-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          aria-describedby="restore-help"
          onChange={(e) => void onFile(e.currentTarget)}
        />
        <p id="restore-help" class="hint">
          {t('review.restore.help')}
        </p>
      </div>
      {plan && (
        <RestorePreview
          plan={plan}
          busy={busy}
          onRestore={restore}
          onCancel={() => setPlan(null)}
        />
      )}
      <p role="status" class="hint">
        {note?.kind === 'ok' ? note.text : ''}
      </p>
      <p role="alert" class="field-error">
        {note?.kind === 'error' ? note.text : ''}
      </p>
    </>
  );
  return inline ? (
    <div class="backup">{body}</div>
  ) : (
    <details class="backup">
      <summary>{t('review.backup')}</summary>
      {body}
    </details>
  );
}

const jsonBlob = (text: string) => new Blob([text], { type: 'application/json;charset=utf-8' });
