import { z } from 'zod';

/** A record that failed its schema, with a message a person can act on. */
export class ValidationError extends Error {
  override name = 'ValidationError';

  constructor(
    readonly what: string,
    readonly issues: readonly string[],
  ) {
    super(`${what}: ${issues.join('; ')}`);
  }
}

/** "emails.0: That does not look like an email address" — one line per problem. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** Parses with `schema` or throws a ValidationError naming `what` was wrong. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;

  throw new ValidationError(what, describeIssues(result.error));
}
