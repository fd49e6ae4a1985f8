/**
 * A pure function's answers by their text, for the next time the same text comes: a region types the
 * same names and AOs in every backblast. Bounded: when full it starts afresh.
 */
export class Memo<V> {
  private readonly answers = new Map<string, V>();

  constructor(
    private readonly compute: (text: string) => V,
    private readonly limit = 20_000,
  ) {}

  get(text: string): V {
    let answer = this.answers.get(text);
    if (answer === undefined) {
      if (this.answers.size >= this.limit) this.answers.clear();
      this.answers.set(text, (answer = this.compute(text)));
    }
    return answer;
  }
}
