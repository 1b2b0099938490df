import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { HealthFigure, NetworkHealth } from '../../api/contract';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: tokens.spacingHorizontalS, margin: 0 },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    margin: 0,
  },
  label: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

type Key = Exclude<keyof NetworkHealth, 'asOf'>;

/** The network-health figures: label, whether the value is a share (0..1, shown as a percentage). */
const figures: ReadonlyArray<{ key: Key; label: string; share: boolean }> = [
  { key: 'activeTies', label: 'Active ties', share: false },
  { key: 'newTiesThisMonth', label: 'New this month', share: false },
  { key: 'fadingTies', label: 'Fading', share: false },
  { key: 'dormantTies', label: 'Dormant', share: false },
  { key: 'externalShare', label: 'Outside your organisation', share: true },
  { key: 'reciprocity', label: 'Reciprocity', share: true },
];

export function formatFigure(value: number, share: boolean): string {
  return share ? `${Math.round(value * 100)}%` : String(Math.round(value));
}

export function formatChange(figure: HealthFigure, share: boolean): string {
  const change = share ? Math.round(figure.change * 100) : Math.round(figure.change);
  if (change === 0) return 'no change in 30 days';
  return `${change > 0 ? '+' : '−'}${Math.abs(change)}${share ? ' points' : ''} in 30 days`;
}

/** Six numbers about the user's network, each against its value 30 days earlier. */
export function HealthPanel({ health }: { health: NetworkHealth }) {
  const styles = useStyles();
  return (
    <dl className={styles.grid} aria-label="Network health" data-testid="network-health">
      {figures.map(({ key, label, share }) => {
        const figure = health[key];
        return (
          <div key={key} className={styles.tile} data-testid={`health-${key}`}>
            <dt>
              <Caption1 className={styles.label}>{label}</Caption1>
            </dt>
            <dd className={styles.value}>
              <Text size={500} weight="semibold">
                {formatFigure(figure.value, share)}
              </Text>{' '}
              <Caption1>{formatChange(figure, share)}</Caption1>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
