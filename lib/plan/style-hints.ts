import type { StyleName } from '../model/style';

export interface StyleHint {
  /** How to write to them, in one line. */
  write: string;
  /** What puts them off. */
  avoid: string;
}

/** "How to write to them" per style, from DOMAIN.md's table. For the user's eyes only. */
export const STYLE_HINTS: Record<StyleName, StyleHint> = {
  director: {
    write:
      'Purpose in the first line, about three sentences, the bottom line and options; attach details for later.',
    avoid: 'Small talk, tangents, vague asks.',
  },
  socializer: {
    write: 'Warm and lively, the big picture, a story or a name they know; a P.S. is fine.',
    avoid: 'A curt, all-business tone; walls of figures.',
  },
  relater: {
    write:
      'A friendly greeting, personal and sincere, one step at a time, no pressure; thank-you and keep-in-touch notes land well.',
    avoid: 'Pushing for a decision, sudden changes.',
  },
  thinker: {
    write:
      'Precise and structured: data, sources and process, every question answered, time to decide.',
    avoid: 'Hype, unsupported claims, rushing.',
  },
};
