import { Skeleton, SkeletonItem, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minHeight: '112px' },
});

/** The figures area of a card while they load: the same height as the loaded figures, so nothing jumps. */
export function CardSkeleton() {
  const styles = useStyles();
  return (
    <Skeleton aria-label="Loading relationship" className={styles.root} data-testid="card-skeleton">
      <SkeletonItem size={16} style={{ width: '70%' }} />
      <SkeletonItem size={32} />
      <SkeletonItem size={12} style={{ width: '85%' }} />
      <SkeletonItem size={12} style={{ width: '50%' }} />
    </Skeleton>
  );
}
