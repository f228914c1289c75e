import { h, type Component, type FunctionComponent } from 'preact';

/**
 * `memo` without preact/compat: importing compat would switch the whole panel's `onChange`
 * handlers to `input` events and rename focus events, a global side effect other views do not
 * expect. A memoised component renders again only when `equal` says its props changed.
 */
export function memo<P extends object>(
  render: FunctionComponent<P>,
  equal: (prev: P, next: P) => boolean = shallowEqual,
): FunctionComponent<P> {
  function Memoed(this: Component<P>, props: P) {
    this.shouldComponentUpdate = (next: P) => !equal(this.props as P, next);
    // The component itself renders inside: its own state updates are not held back here.
    return h(render, props);
  }
  Memoed.displayName = `Memo(${render.displayName ?? render.name})`;
  return Memoed;
}

export function shallowEqual<P extends object>(a: P, b: P): boolean {
  const ka = Object.keys(a) as (keyof P)[];
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
}
