import { useEffect, useRef } from 'preact/hooks';

/** A short-lived notice with one action (undo); announced politely, dismissed after 8 s. */
export function UndoToast(props: {
  message: string;
  actionLabel: string;
  onAction: () => void;
  onTimeout: () => void;
  ms?: number;
}) {
  const { ms = 8000 } = props;
  // The latest callback, without restarting the countdown on every render of the parent.
  const onTimeout = useRef(props.onTimeout);
  onTimeout.current = props.onTimeout;
  useEffect(() => {
    const handle = setTimeout(() => onTimeout.current(), ms);
    return () => clearTimeout(handle);
  }, [props.message, ms]);
  return (
    <div class="toast" role="status">
      <span>{props.message}</span>
      <button type="button" onClick={props.onAction}>
        {props.actionLabel}
      </button>
    </div>
  );
}
