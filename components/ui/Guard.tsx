import { Component, type ComponentChildren } from 'preact';
import { useEnv } from './context';

type Shape = 'div' | 'li' | 'listitem' | 'tr';

/**
 * An error boundary around one part of a page: a panel tab, a tracker view, a settings section, a
 * row of a list or table. When something in it throws while rendering (a record no check
 * foresaw, a bug), that part alone says it could not be shown and which record it is, and the
 * rest of the page keeps working: one bad record must not take a whole page down, and the user
 * must know what is missing rather than see an empty space. When `reset` changes (the record was
 * edited or read again), a failed part gets a fresh try; a working part keeps its state.
 *
 * `what` names the record in the user's language (see `named`); `as` keeps the markup valid
 * where the part is a list item (`li`, or an ARIA `listitem`) or a table row (`tr`, `cols` wide).
 */
export class Guard extends Component<
  {
    what: string;
    reset?: unknown;
    as?: Shape;
    cols?: number;
    children?: ComponentChildren;
  },
  { failed: boolean }
> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidUpdate(previous: { reset?: unknown }) {
    if (this.state.failed && previous.reset !== this.props.reset) this.setState({ failed: false });
  }

  override componentDidCatch(error: unknown) {
    // Kept for the developer console; the user gets the message below.
    console.error('[minutes] a part of the page could not be shown:', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <Unshown what={this.props.what} as={this.props.as ?? 'div'} cols={this.props.cols} />;
  }
}

function Unshown(props: { what: string; as: Shape; cols?: number }) {
  const { t } = useEnv();
  const message = (
    <p class="banner error unshown" role="alert">
      {t('guard.failed', { what: props.what })}
    </p>
  );
  switch (props.as) {
    case 'tr':
      return (
        <tr>
          <td colSpan={props.cols}>{message}</td>
        </tr>
      );
    case 'li':
      return <li>{message}</li>;
    case 'listitem':
      return <div role="listitem">{message}</div>;
    default:
      return message;
  }
}

/**
 * A record's name for the message: its text if it is one (trimmed, cut to 40 characters), else
 * its id, else `fallback`. Reads nothing but strings, so a record that broke its own view cannot
 * break the message that reports it.
 */
export function named(text: unknown, id: unknown, fallback: string): string {
  const pick = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : '');
  const name = pick(text) || pick(id) || fallback;
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}
