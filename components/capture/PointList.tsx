import { memo } from './memo';
import { useState } from 'preact/hooks';
import type { TopicDiscussion } from '../../lib/capture/group';
import type { MessageKey } from '../../lib/i18n';
import type { TalkingPoint } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { PointGroup } from './PointGroup';
import type { PointActions } from './PointRow';

/** Up/Down, Home/End move between the rows shown (in reading order). */
function moveFocus(list: HTMLElement, from: HTMLElement, key: string): boolean {
  const rows = [...list.querySelectorAll<HTMLElement>('[data-point]')];
  const i = rows.indexOf(from);
  const to = { ArrowUp: i - 1, ArrowDown: i + 1, Home: 0, End: rows.length - 1 }[key];
  if (to === undefined || i < 0) return false;
  rows[Math.max(0, Math.min(rows.length - 1, to))]?.focus();
  return true;
}

/**
 * One topic's points as the minutes read: each department's viewpoints, the disagreements and
 * how they were negotiated, the consensus, the decisions. Memoised, and every row too: a new point
 * renders one row, and typing in the input renders none.
 */
export const PointList = memo(function PointList(props: {
  discussion: TopicDiscussion;
  withItems: ReadonlySet<string>;
  actions: PointActions;
}) {
  const { t } = useEnv();
  const { discussion: d } = props;
  const [active, setActive] = useState<string | null>(null);
  const first =
    d.viewpoints[0]?.points[0] ?? d.disagreements[0] ?? d.consensus[0] ?? d.decisions[0];
  const tabbable = active && hasPoint(d, active) ? active : first?.id;

  const rows = (points: TalkingPoint[], showDepartment: boolean) => (
    <PointGroup
      points={points}
      active={active}
      tabbable={tabbable}
      withItems={props.withItems}
      showDepartment={showDepartment}
      actions={props.actions}
    />
  );
  const part = (key: string, title: MessageKey, points: TalkingPoint[]) =>
    points.length > 0 && (
      <section class="cap-part" aria-labelledby={`cap-part-${key}`} data-part={key}>
        <h3 id={`cap-part-${key}`}>{`${t(title)} (${points.length})`}</h3>
        {rows(points, true)}
      </section>
    );

  if (d.count === 0) return <p class="empty">{t('capture.empty')}</p>;
  return (
    <div
      class="cap-list"
      aria-describedby="cap-row-keys"
      onFocusIn={(e) => {
        const row = (e.target as HTMLElement).closest<HTMLElement>('[data-point]');
        if (row) setActive(row.dataset.point!);
      }}
      onKeyDown={(e) => {
        const target = e.target as HTMLElement;
        if (!target.dataset.point || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
        if (moveFocus(e.currentTarget, target, e.key)) e.preventDefault();
      }}
    >
      {d.viewpoints.length > 0 && (
        <section class="cap-part" aria-labelledby="cap-part-views" data-part="viewpoints">
          <h3 id="cap-part-views">{t('capture.part.viewpoints')}</h3>
          {d.viewpoints.map((g) => (
            <div key={g.department} class="cap-dept" data-department={g.department}>
              <h4>{`${g.department || t('capture.noDepartment')} (${g.points.length})`}</h4>
              {rows(g.points, false)}
            </div>
          ))}
        </section>
      )}
      {part('disagreements', 'capture.part.disagreements', d.disagreements)}
      {part('consensus', 'capture.part.consensus', d.consensus)}
      {part('decisions', 'capture.part.decisions', d.decisions)}
    </div>
  );
});

function hasPoint(d: TopicDiscussion, id: string) {
  const has = (list: TalkingPoint[]) => list.some((p) => p.id === id);
  return (
    d.viewpoints.some((g) => has(g.points)) ||
    has(d.disagreements) ||
    has(d.consensus) ||
    has(d.decisions)
  );
}
