/** What a form says after an action: a quiet confirmation, or an error read out at once. */
export interface FormMessage {
  tone: 'info' | 'error';
  text: string;
}

export function FormStatus({ message }: { message: FormMessage | null }) {
  if (!message) return null;

  const error = message.tone === 'error';
  return (
    <p className={error ? 'form-error' : 'muted'} role={error ? 'alert' : 'status'}>
      {message.text}
    </p>
  );
}
