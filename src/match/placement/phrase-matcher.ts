/**
 * Which of a fixed set of phrases occur in a text, found in one pass: phrases are indexed by their
 * first two characters (one for a one-character phrase), so a text of n characters costs n look-ups
 * and a few startsWith checks, whatever the number of phrases. A phrase found only inside a longer
 * phrase found at the same place (添加剂 inside 食品添加剂) is dropped: the text said the longer one.
 */
export interface PhraseHit {
  phrase: number;
  start: number;
  end: number;
}

export class PhraseMatcher {
  private readonly byHead = new Map<string, number[]>();

  constructor(private readonly phrases: readonly string[]) {
    phrases.forEach((phrase, i) => {
      if (phrase.length === 0) return;
      const head = phrase.slice(0, 2);
      const list = this.byHead.get(head) ?? [];
      list.push(i);
      this.byHead.set(head, list);
    });
    // longest first, so that the covering check below sees a longer hit before its parts
    for (const list of this.byHead.values()) list.sort((a, b) => phrases[b]!.length - phrases[a]!.length);
  }

  /** The phrases of a (normalised) text, each at its first place, none inside a longer hit. */
  find(text: string): PhraseHit[] {
    const hits: PhraseHit[] = [];
    const seen = new Set<number>();
    let coveredUntil = 0;
    const tryAt = (candidates: readonly number[] | undefined, at: number) => {
      if (!candidates) return;
      for (const phrase of candidates) {
        const word = this.phrases[phrase]!;
        if (!text.startsWith(word, at)) continue;
        const end = at + word.length;
        // inside a longer hit that started earlier (or here): the text meant the longer phrase
        if (end <= coveredUntil) continue;
        coveredUntil = end;
        if (seen.has(phrase)) continue;
        seen.add(phrase);
        hits.push({ phrase, start: at, end });
      }
    };
    for (let at = 0; at < text.length; at++) {
      // two-character heads first: they hold the longer phrases
      tryAt(this.byHead.get(text.slice(at, at + 2)), at);
      tryAt(this.byHead.get(text[at]!), at);
    }
    return hits;
  }
}
