import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export type PillTone = 'brand' | 'success' | 'warning' | 'danger' | 'neutral';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalS}`,
    minHeight: '20px',
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  brand: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2 },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorNeutralForeground1 },
  danger: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  neutral: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2 },
});

/** A small label (strength, suggestion kind): Fluent colours without the weight of Badge. */
export function Pill({ tone, children, label, testId }: { tone: PillTone; children: ReactNode; label?: string; testId?: string }) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.root, styles[tone])} aria-label={label} role={label ? 'img' : undefined} data-testid={testId}>
      {children}
    </span>
  );
}
