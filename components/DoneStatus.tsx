import type { DoneStatusProps } from './DoneDetails';
import { lazy } from './lazy';

/** Fetched when the first action is done. */
export const LazyDoneDetails = lazy(() => import('./DoneDetails').then((m) => m.DoneDetails));

/** What the last action did (what, from when, until when) and where to follow the goal. */
export function DoneStatus(props: DoneStatusProps) {
  const { done } = props;
  return (
    <div role="status" class={done ? 'notice done-notice' : 'notice-empty'}>
      {done && <LazyDoneDetails {...props} done={done} />}
    </div>
  );
}
