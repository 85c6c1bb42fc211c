import {
  companyNamesFrom,
  findSelfPromotion,
  RELATIONSHIP_PURPOSES,
} from '@/lib/draft/self-promotion';
import type { Purpose } from '@/lib/model/touch';

/** Warns when a relationship-building draft talks about us; the user decides what to keep. */
export function SelfPromotionWarning({
  purpose,
  text,
  ownEmails,
}: {
  purpose: Purpose;
  text: string;
  ownEmails: readonly string[];
}) {
  if (!RELATIONSHIP_PURPOSES.includes(purpose)) return null;

  const hits = findSelfPromotion(text, companyNamesFrom(ownEmails));
  if (hits.length === 0) return null;

  return (
    <div className="self-promotion" role="status">
      <strong>This reads as self-promotion.</strong> A helpful message works best when it says
      nothing about you or what you sell. Consider removing:{' '}
      {hits.map((hit) => `"${hit.found}" (${hit.why})`).join(', ')}.
    </div>
  );
}
