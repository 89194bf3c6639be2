import { createHmac, randomUUID } from 'node:crypto';
import type { Config } from '../config/config';

/** What an escalation tells the outside world: the request as it stands when escalated. */
export interface EscalationEvent {
  event: 'request.escalated';
  request: {
    id: string;
    title: string;
    kind: string;
    status: string;
    dueAt: string;
    escalatedAt: string;
    escalations: number;
  };
}

/** Where escalations are told besides the 督办 inbox, which reads them from the graph. */
export interface EscalationNotifier {
  /** Resolves once delivered; throws when not, so the job that escalated tries again. */
  notify(event: EscalationEvent): Promise<void>;
}

/** A delivery that takes longer than this failed: the job retries it. */
const TIMEOUT_MS = 10_000;

/**
 * Posts each escalation as JSON to a URL the park configures (ESCALATION_WEBHOOK_URL): a duty
 * phone's SMS gateway, a 钉钉 / 企业微信 robot relay, a ticket system. With a secret
 * (ESCALATION_WEBHOOK_SECRET) each body is signed, `X-Redchain-Signature: sha256=<hex HMAC of the
 * body>`, so the receiver can tell it came from this deployment; `X-Redchain-Delivery` is unique
 * per attempt and the request id plus escalatedAt identify the escalation, so a receiver can drop
 * a repeat. Anything but a 2xx within 10 s is a failed delivery.
 */
export function webhookNotifier(url: string, secret: string | null, send: typeof fetch = fetch): EscalationNotifier {
  return {
    async notify(event) {
      const body = JSON.stringify(event);
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'user-agent': 'redchain-escalation',
        'x-redchain-event': event.event,
        'x-redchain-delivery': randomUUID(),
      };
      if (secret) headers['x-redchain-signature'] = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
      let answer: Response;
      try {
        answer = await send(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
      } catch (error) {
        throw new Error(`escalation webhook: ${(error as Error).message} (${new URL(url).host})`, { cause: error });
      }
      // drained either way, so the connection can be reused
      await answer.arrayBuffer().catch(() => undefined);
      if (!answer.ok) throw new Error(`escalation webhook: ${new URL(url).host} answered ${answer.status}`);
    },
  };
}

/** The notifier the configuration asks for; null: escalations are told in the inbox only. */
export function escalationNotifierOf(config: Pick<Config, 'escalationWebhook'>): EscalationNotifier | null {
  return config.escalationWebhook
    ? webhookNotifier(config.escalationWebhook.url, config.escalationWebhook.secret)
    : null;
}
