import { BasicInfoForm } from './BasicInfoForm';
import { useEnv } from './context';
import { SaveStatus } from './SaveStatus';
import { useDraft } from './useDraft';

/** One meeting's minutes. Later features add their sections below the basic information. */
export function MeetingEditor({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useEnv();
  const { load, edit } = useDraft(id);

  return (
    <div class="editor">
      <header class="bar">
        <button type="button" class="link" onClick={onBack}>
          ← {t('editor.back')}
        </button>
        {load.kind === 'ready' && <SaveStatus state={load.state} merged={load.merged} />}
      </header>
      {load.kind === 'loading' && <p aria-live="polite">{t('editor.loading')}</p>}
      {load.kind === 'missing' && <p role="alert">{t('editor.notFound')}</p>}
      {load.kind === 'damaged' && (
        <p role="alert">{t('editor.damaged', { reason: load.reason })}</p>
      )}
      {load.kind === 'ready' && <BasicInfoForm meeting={load.meeting} edit={edit} />}
    </div>
  );
}
