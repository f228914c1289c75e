import { useEnv } from '../ui/context';
import type { CaptureHistory } from './useCaptureHistory';

/** Undo / redo of the capture edits, as buttons too (Ctrl/Cmd+Z, Ctrl+Shift+Z or Ctrl+Y). */
export function UndoBar(props: { history: CaptureHistory; announce: (message: string) => void }) {
  const { t } = useEnv();
  const { history } = props;
  return (
    <div class="cap-undo" role="group" aria-label={t('capture.history')}>
      <button
        type="button"
        disabled={!history.canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        onClick={() => history.undo() && props.announce(t('capture.undo.done'))}
      >
        ↶ {t('capture.undo')}
      </button>
      <button
        type="button"
        disabled={!history.canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
        onClick={() => history.redo() && props.announce(t('capture.redo.done'))}
      >
        ↷ {t('capture.redo')}
      </button>
    </div>
  );
}
