/**
 * An id for a record made on the page (a meeting, a decision, a pledge, a squad): its kind, the
 * time and a random part, so two people adding at once do not collide (the API answers 409 if
 * they ever do).
 */
export const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
