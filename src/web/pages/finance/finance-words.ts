import type { Translator, MessageKey } from '../../i18n/i18n';

/** An amount in yuan as the view writes it: 1,000万元 in Chinese, ¥10M in English. */
export function yuan(view: Pick<Translator, 'language' | 'number'>, amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return '';
  if (view.language === 'zh')
    return amount >= 10_000 ? `${view.number(amount / 10_000)}万元` : `${view.number(amount)}元`;
  return amount >= 1_000_000 ? `¥${view.number(amount / 1_000_000)}M` : `¥${view.number(amount)}`;
}

/** A product's range, or 未载明 when the provider stated none. */
export function range(
  view: Pick<Translator, 'language' | 'number' | 't'>,
  min: number | null,
  max: number | null,
): string {
  if (min === null && max === null) return view.t('finance.unstated');
  return `${min === null ? '' : yuan(view, min)}–${max === null ? '' : yuan(view, max)}`;
}

/** The label of a kind, stage or status code: never the code itself in the Chinese view. */
export const kindLabel = (t: (k: MessageKey) => string, kind: string) => t(`finance.kind.${kind}` as MessageKey);
export const stageLabel = (t: (k: MessageKey) => string, stage: string | null) =>
  stage ? t(`finance.stage.${stage}` as MessageKey) : '';
export const statusLabel = (t: (k: MessageKey) => string, status: string) =>
  t(`finance.status.${status}` as MessageKey);
