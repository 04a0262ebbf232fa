/**
 * A progress bar on standard error: done/total, releases per second and the
 * time left, redrawn at most ten times a second. The shell shows it only on a
 * terminal and never in CI.
 */
export class Progress {
  private last = 0;
  private readonly started = performance.now();
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WritableStream & { columns?: number },
    private readonly total: number,
  ) {}

  tick(done: number): void {
    const now = performance.now();
    if (now - this.last < 100 && done < this.total) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? (this.total - done) / rate : 0;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 50));
    const filled = Math.round((done / Math.max(1, this.total)) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    this.stream.write(`\r${bar} ${done}/${this.total}  ${rate.toFixed(0)}/s  ${formatSeconds(left)} left\x1b[K`);
    this.shown = true;
  }

  /** Take the bar off the line (before a message, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.ceil(s - m * 60)} s`;
}
