/** What `/healthz` reports, as JSON. */
export interface HealthReport {
  status: 'ok' | 'unavailable';
  knowledge: 'loaded' | 'loading';
  /** `absent` when this process runs no gateway connection. */
  gateway: 'ready' | 'connecting' | 'absent';
  interactions: 'serving' | 'off';
}

/**
 * Whether this process can answer: its knowledge is loaded, and either its
 * gateway connection is ready or it serves HTTP interactions. The start-up
 * code flips these as things come up; `/healthz` reads them.
 */
export class HealthState {
  private knowledgeLoaded = false;
  private gateway: HealthReport['gateway'] = 'absent';
  private interactions = false;

  /** The engine is built from validated knowledge. */
  knowledgeReady(): void {
    this.knowledgeLoaded = true;
  }

  /** The gateway connection is up (true) or lost and reconnecting (false). */
  gatewayReady(ready: boolean): void {
    this.gateway = ready ? 'ready' : 'connecting';
  }

  /** `POST /interactions` is accepting requests. */
  interactionsServing(serving: boolean): void {
    this.interactions = serving;
  }

  /** The report `/healthz` serves; `status` is `ok` only when the bot can answer. */
  report(): HealthReport {
    const answering = this.gateway === 'ready' || this.interactions;
    return {
      status: this.knowledgeLoaded && answering ? 'ok' : 'unavailable',
      knowledge: this.knowledgeLoaded ? 'loaded' : 'loading',
      gateway: this.gateway,
      interactions: this.interactions ? 'serving' : 'off',
    };
  }
}
