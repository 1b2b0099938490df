import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  svg: { display: 'block', width: '100%', height: '28px' },
  bar: { fill: tokens.colorBrandForeground1 },
  empty: { fill: tokens.colorNeutralStroke2 },
});

const monthName = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });

/** Month names for 12 values ending in the month of `now` (oldest first). */
export function monthLabels(now: number): string[] {
  const end = new Date(now);
  const labels: string[] = [];
  for (let back = 11; back >= 0; back--) {
    labels.push(monthName.format(new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - back, 1))));
  }
  return labels;
}

interface Props {
  /** Contact days per month, oldest first, current month last. */
  values: readonly number[];
  now: number;
}

/** 12-month contact-day bars; screen readers get every month in words. */
export function Sparkline({ values, now }: Props) {
  const styles = useStyles();
  const max = Math.max(1, ...values);
  const labels = monthLabels(now);
  const width = 120;
  const height = 28;
  const step = width / values.length;
  const summary = values.map((value, i) => `${labels[i] ?? ''} ${value}`).join(', ');
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={`Contact days per month, last 12 months: ${summary}`}
      data-testid="sparkline"
    >
      {values.map((value, i) => {
        const barHeight = value === 0 ? 1 : Math.max(2, (value / max) * (height - 2));
        return (
          <rect
            key={i}
            className={value === 0 ? styles.empty : styles.bar}
            x={i * step + 1}
            y={height - barHeight}
            width={Math.max(1, step - 2)}
            height={barHeight}
            rx={1}
          />
        );
      })}
    </svg>
  );
}
