import type { ExportPrefs } from '../../lib/adapters/export-prefs';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { ExportPrefsForm } from './ExportPrefsForm';

/**
 * 导出设置: the one-click button's format and the archive file-name pattern (年份-部门-项目名称-
 * 会议名称-日期 by default), with a preview of the name this meeting would get. The same fields
 * are in the settings page; both edit the one stored preference.
 */
export function ExportOptions(props: {
  meeting: Meeting;
  prefs: ExportPrefs;
  onSave: (patch: Partial<ExportPrefs>) => Promise<void>;
}) {
  const { t } = useEnv();
  return (
    <details class="export-options">
      <summary>{t('review.options')}</summary>
      <ExportPrefsForm
        sample={props.meeting}
        previewKey="review.options.preview"
        prefs={props.prefs}
        onSave={props.onSave}
      />
    </details>
  );
}
