import { useT } from '../i18n/i18n';

/** The reasons of a score in the page's language (the API sends both). */
export function ReasonList({ zh, en }: { zh: string[]; en: string[] }) {
  const { pick } = useT();
  const shown = pick(zh, en.length > 0 ? en : zh);
  return (
    <ul class="reasons">
      {shown.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
}

/** A score in [0, 1] as a number and a bar. */
export function ScoreBar({ score }: { score: number }) {
  const { t } = useT();
  const percent = Math.max(0, Math.min(100, Math.round(score * 100)));
  return (
    <span class="score" title={`${t('score')} ${score.toFixed(3)}`}>
      <span class="score-bar">
        <span class="score-fill" style={{ width: `${percent}%` }} />
      </span>
      <span class="score-value">{score.toFixed(3)}</span>
    </span>
  );
}
