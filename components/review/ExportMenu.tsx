import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A menu button (WAI-ARIA menu pattern): Enter, Space or ArrowDown opens it on the first item,
 * ArrowUp on the last; arrows, Home and End move; Escape closes it and returns to the button;
 * Tab or a click elsewhere closes it.
 */
export function ExportMenu<K extends string>(props: {
  label: string;
  items: readonly { key: K; label: string }[];
  onPick: (key: K) => void;
  disabled?: boolean;
  /** Visible text of the button (the label should contain it); just an arrow when left out. */
  text?: string;
}) {
  const { items } = props;
  const [open, setOpen] = useState<null | 'first' | 'last'>(null);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const entries = () => [...(box.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const list = entries();
    (open === 'first' ? list[0] : list[list.length - 1])?.focus();
  }, [open]);

  const close = (focusButton: boolean) => {
    setOpen(null);
    if (focusButton) button.current?.focus();
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const list = entries();
    const i = list.indexOf(document.activeElement as HTMLElement);
    const to: Record<string, number> = {
      ArrowDown: (i + 1) % list.length,
      ArrowUp: (i - 1 + list.length) % list.length,
      Home: 0,
      End: list.length - 1,
    };
    if (e.key in to) {
      e.preventDefault();
      list[to[e.key]!]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div
      class="menu-box"
      ref={box}
      onFocusOut={(e) => {
        if (open && !box.current?.contains(e.relatedTarget as Node | null)) close(false);
      }}
    >
      <button
        type="button"
        ref={button}
        class="menu-button"
        aria-haspopup="menu"
        aria-expanded={!!open}
        aria-label={props.label}
        disabled={props.disabled}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(e.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        {props.text ?? ''} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div role="menu" aria-label={props.label} class="menu" onKeyDown={onMenuKey}>
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close(true);
                props.onPick(item.key);
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
