import type { StyleName } from '../model/style';

/** The first name, for greetings: "Dana" from "Dana Whitfield", "Priya" from "Dr. Priya Raman". */
export function firstName(fullName: string): string {
  const parts = fullName
    .trim()
    .split(/\s+/)
    .filter((part) => !/^(dr|mr|mrs|ms|prof)\.?$/i.test(part));
  return parts[0] ?? fullName.trim();
}

/** How each style likes to be greeted (DOMAIN.md): brief, warm, friendly, or correct. */
export function greeting(style: StyleName | null, name: string): string {
  const first = firstName(name);
  switch (style) {
    case 'director':
      return `${first},`;
    case 'socializer':
      return `Hi ${first}!`;
    case 'relater':
      return `Hi ${first},`;
    case 'thinker':
      return `Dear ${first},`;
    default:
      return `Hi ${first},`;
  }
}

export function signOff(style: StyleName | null, senderName: string): string {
  const sender = senderName.trim();
  const name = sender ? `\n${sender}` : '';
  switch (style) {
    case 'director':
      return `Best,${name}`;
    case 'socializer':
      return `Cheers,${name}`;
    case 'relater':
      return `Warm regards,${name}`;
    case 'thinker':
      return `Kind regards,${name}`;
    default:
      return `Best regards,${name}`;
  }
}
