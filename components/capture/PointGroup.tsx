import type { TalkingPoint } from '../../lib/schema';
import { PointChunk, type ChunkProps } from './PointChunk';

/** Rows per chunk: small enough that a new point re-renders few, large enough for few chunks. */
export const CHUNK = 50;

/** One part of the list (a department's viewpoints, the disagreements, …), in chunks. */
export function PointGroup(props: ChunkProps) {
  const chunks: TalkingPoint[][] = [];
  for (let i = 0; i < props.points.length; i += CHUNK) {
    chunks.push(props.points.slice(i, i + CHUNK));
  }
  return (
    <div role="list" class="cap-points">
      {chunks.map((points, i) => (
        <PointChunk key={i} {...props} points={points} />
      ))}
    </div>
  );
}
