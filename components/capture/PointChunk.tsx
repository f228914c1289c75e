import type { TalkingPoint } from '../../lib/schema';
import { memo } from './memo';
import { useEnv } from '../ui/context';
import { Guard, named } from '../ui/Guard';
import { PointRow, type PointActions } from './PointRow';

export interface ChunkProps {
  points: TalkingPoint[];
  active: string | null;
  tabbable: string | undefined;
  withItems: ReadonlySet<string>;
  showDepartment: boolean;
  actions: PointActions;
}

const samePoints = (a: TalkingPoint[], b: TalkingPoint[]) =>
  a === b || (a.length === b.length && a.every((p, i) => p === b[i]));
/** Whether `id` is one of this chunk's points, so a focus move elsewhere skips it. */
const has = (p: ChunkProps, id: string | null | undefined) =>
  !!id && p.points.some((x) => x.id === id);

/**
 * A run of up to CHUNK rows. The browser skips the chunks out of view (content-visibility in
 * capture.css) instead of laying out and hit-testing thousands of rows on every frame, and a new
 * point re-renders only the last chunk of its part: the grouping makes new arrays on every change,
 * so chunks compare their points one by one.
 */
export const PointChunk = memo(
  function PointChunk(props: ChunkProps) {
    const { t } = useEnv();
    return (
      <div class="cap-chunk">
        {props.points.map((p) => (
          <Guard
            key={p.id}
            as="listitem"
            reset={p}
            what={t('guard.point', { name: named(p.text, p.id, t('guard.unnamed')) })}
          >
            <PointRow
              point={p}
              active={p.id === props.active}
              tabbable={p.id === props.tabbable}
              hasItem={props.withItems.has(p.id)}
              showDepartment={props.showDepartment}
              actions={props.actions}
            />
          </Guard>
        ))}
      </div>
    );
  },
  (a, b) =>
    samePoints(a.points, b.points) &&
    a.withItems === b.withItems &&
    a.actions === b.actions &&
    a.showDepartment === b.showDepartment &&
    (a.active === b.active || !(has(b, a.active) || has(b, b.active))) &&
    (a.tabbable === b.tabbable || !(has(b, a.tabbable) || has(b, b.tabbable))),
);
