import { useMemo } from 'preact/hooks';
import { isReadOnly } from '../../lib/review-state';
import type { Meeting } from '../../lib/schema';
import { CloseOut } from './CloseOut';
import { EarlierReview } from './EarlierReview';
import { PointCapture } from './PointCapture';
import { useAnnouncer } from './useAnnouncer';
import { useAllItems } from './useAllItems';
import { useItemWriter } from '../plan/useItemWriter';
import './capture.css';

/**
 * 会中记录: review of earlier items, talking points per topic, decisions, close-out. Approved
 * minutes stay readable here, topic by topic: the topic picker, the sections that open and the
 * copying of points work; every control that would change the minutes is disabled or absent.
 */
export function CaptureView(props: {
  meeting: Meeting;
  edit: (u: (m: Meeting) => Meeting) => void;
}) {
  const { meeting } = props;
  const readOnly = isReadOnly(meeting);
  const edit = readOnly ? ignore : props.edit;
  const { items, failed, put } = useAllItems();
  const writes = useItemWriter(put);
  const { announce, region } = useAnnouncer();
  const all = items ?? EMPTY;
  const mine = useMemo(
    () =>
      all
        .filter((i) => i.meetingId === meeting.id)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    [all, meeting.id],
  );

  return (
    <div class="cap">
      <EarlierReview
        meeting={meeting}
        edit={edit}
        items={items}
        failed={failed}
        writes={writes}
        announce={announce}
        readOnly={readOnly}
      />
      <PointCapture
        meeting={meeting}
        edit={edit}
        items={all}
        writes={writes}
        announce={announce}
        readOnly={readOnly}
      />
      <fieldset class="tab-body" disabled={readOnly}>
        <CloseOut meeting={meeting} edit={edit} items={mine} writes={writes} announce={announce} />
      </fieldset>
      {region}
    </div>
  );
}

const EMPTY: never[] = [];
const ignore = () => {};
