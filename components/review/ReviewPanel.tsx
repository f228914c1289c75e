import { useState } from 'preact/hooks';
import type { Locale } from '../../lib/i18n';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { ArchiveSection } from './ArchiveSection';
import { BackupRestore } from './BackupRestore';
import { Deadlines } from './Deadlines';
import { ExportBar } from './ExportBar';
import { ExportOptions } from './ExportOptions';
import { ReviewStatus } from './ReviewStatus';
import { SendToGroup } from './SendToGroup';
import { useReviewData } from './useReviewData';
import { VersionList } from './VersionList';
import './review.css';

/**
 * 审核导出: the review state and its deadlines, 发送到群, the exports, earlier versions, backups.
 */
export function ReviewPanel({
  meeting,
  edit,
}: {
  meeting: Meeting;
  edit: (u: (m: Meeting) => Meeting) => void;
}) {
  const { locale } = useEnv();
  const data = useReviewData(meeting.id, meeting.version);
  const [language, setLanguage] = useState<Locale>(locale);
  return (
    <div class="review">
      <ReviewStatus meeting={meeting} edit={edit} onReopened={data.reload} />
      <Deadlines meeting={meeting} distribution={data.distribution} onSent={data.reload} />
      <SendToGroup meeting={meeting} sent={data.sent} onSent={data.reload} />
      <ExportBar
        meeting={meeting}
        prefs={data.prefs}
        language={language}
        onLanguage={setLanguage}
      />
      <ArchiveSection meeting={meeting} prefs={data.prefs} language={language} />
      <VersionList list={data.versions} sent={data.sent} prefs={data.prefs} language={language} />
      <ExportOptions meeting={meeting} prefs={data.prefs} onSave={data.savePrefs} />
      <BackupRestore meeting={meeting} />
    </div>
  );
}
