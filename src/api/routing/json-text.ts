/**
 * An answer already serialised as JSON, which mountRoutes sends as it is. For answers read far
 * more often than they change: a stored list is the same text for every read of its run, so
 * JSON.stringify runs once a run instead of once a read (7 % of an API process's CPU on list reads
 * at 500 a second, issue 18's API benchmark). `T` is the answer the text encodes, so a handler
 * still declares what its route's schema says it answers.
 */
export class JsonText<T> {
  declare private readonly encodes?: T;
  constructor(readonly text: string) {}
}
