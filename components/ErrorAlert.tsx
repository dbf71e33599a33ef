import type { ErrorAlertProps } from './ErrorDetails';
import { lazy } from './lazy';

/** Fetched when the first failure shows. */
export const LazyErrorDetails = lazy(() => import('./ErrorDetails').then((m) => m.ErrorDetails));

/** The last failure, in its own words, with the way out: Retry (after a countdown) or Sign in. */
export function ErrorAlert(props: ErrorAlertProps) {
  const { error } = props;
  return (
    <div role="alert" class={error ? 'notice error-notice' : 'notice-empty'}>
      {error && <LazyErrorDetails {...props} error={error} />}
    </div>
  );
}
