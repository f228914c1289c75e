import type { SaveState } from '../lib/autosave';
import { formatTime } from '../lib/format';
import { useEnv } from './context';

/** The quiet "saved at…" line; errors are announced (role=alert), routine saves are not. */
export function SaveStatus({ state, merged }: { state: SaveState; merged: boolean }) {
  const { t, locale } = useEnv();
  if (state.kind === 'error') {
    const seconds = Math.round(state.retryInMs / 1000);
    return (
      <p class="save-status save-error" role="alert">
        {t(state.quota ? 'save.quota' : 'save.error', { seconds })}
      </p>
    );
  }
  const text =
    state.kind === 'saved'
      ? state.at
        ? t('save.saved', { time: formatTime(state.at, locale) })
        : ''
      : t(state.kind === 'pending' ? 'save.pending' : 'save.saving');
  return (
    <p class="save-status" data-state={state.kind}>
      <span>{text}</span>
      {merged && <span class="save-merged"> · {t('save.merged')}</span>}
    </p>
  );
}
