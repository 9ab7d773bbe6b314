import type { ReactNode } from 'react';

/** One pair of a {@link FigureList}. */
export type FigureItem = {
  term: string;
  value: ReactNode;
  /** The pair's own class (a count's colour, an alert). */
  className?: string | undefined;
};

/**
 * Terms and their figures as a description list, each pair in its own `div` so the list can be
 * laid out as a row or a grid of figures.
 */
export function FigureList({
  className,
  items,
}: {
  className?: string;
  items: readonly FigureItem[];
}): ReactNode {
  return (
    <dl className={className}>
      {items.map((item) => (
        <div key={item.term} className={item.className}>
          <dt>{item.term}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
