import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo } from 'react';
import { sentArticleIds } from '@/lib/db/articles';
import { suggestArticles } from '@/lib/match/suggest-articles';
import type { Article } from '@/lib/model/article';
import type { Contact } from '@/lib/model/contact';
import { RELATIONSHIP_PURPOSES } from '@/lib/draft/self-promotion';
import type { DraftAttachment } from '@/lib/draft/types';
import { useArticleIndex } from './use-article-index';
import { useDraft } from './draft-store';
import { useServices } from './services';
import { useUi } from './ui-store';
import { useWrite } from './use-write';
import { formatDay } from './format';
import {
  addToNextHelpfulStep,
  currentPlan,
  listPlanSteps,
  removeFromPlanStep,
} from '@/lib/db/plans';

export function attachmentOf(article: Article): DraftAttachment {
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    summary: article.summary,
    text: article.tip,
    ...(article.source ? { source: article.source } : {}),
  };
}

/**
 * "What could I send this person that would help them?" The library's best
 * matches for the contact's tags, each with the tag it matched, minus what
 * they were already sent. Follows tag edits live.
 */
export function LibrarySuggestions({ contact }: { contact: Contact }) {
  const { db } = useServices();
  const headingId = useId();
  const index = useArticleIndex();
  const draft = useDraft();
  const write = useWrite();
  const showToast = useUi((state) => state.showToast);

  const history = useLiveQuery(async () => {
    const sent = await sentArticleIds(db, contact.id);
    const touches = await db.touches.where('contactId').equals(contact.id).toArray();
    const plan = await currentPlan(db, contact.id);
    const steps = plan ? await listPlanSteps(db, plan.id) : [];
    const live = steps.filter((step) => step.status !== 'done' && step.status !== 'skipped');
    return {
      sent,
      helpful: touches.filter((touch) => RELATIONSHIP_PURPOSES.includes(touch.purpose)).length,
      planning: plan !== undefined,
      planned: new Set(live.flatMap((step) => step.attachments.map((a) => a.id))),
    };
  }, [db, contact.id]);

  const suggestions = useMemo(
    () =>
      index && history
        ? suggestArticles(index, contact, history.sent, {
            limit: 5,
            helpfulTouches: history.helpful,
          })
        : undefined,
    [index, history, contact],
  );

  const hasTags =
    contact.goals.length +
      contact.challenges.length +
      contact.interests.length +
      contact.preferences.length >
    0;
  const inDraft = new Set(
    draft.open && draft.contactId === contact.id ? draft.attachments.map((a) => a.id) : [],
  );

  function addToDraft(article: Article) {
    const attachment = attachmentOf(article);
    if (!draft.open || draft.contactId !== contact.id) {
      draft.start(contact.id, { purpose: 'article', attachments: [attachment] });
      return;
    }
    draft.attach(attachment);
    // A thank-you does not carry attachments; the helpful-article draft does.
    if (draft.purpose !== 'article') draft.setPurpose('article');
  }

  async function addToPlan(article: Article) {
    const result = await write(() => addToNextHelpfulStep(db, contact.id, attachmentOf(article)), {
      reminders: true,
    });
    if (!result) return;

    if (result.ok) {
      const { step } = result;
      showToast({
        tone: 'info',
        text: `Planned for the helpful message due ${formatDay(step.dueAt)}.`,
        undo: async () => {
          await write(() => removeFromPlanStep(db, step.id, article.id), { reminders: true });
        },
      });
      return;
    }
    const why = {
      'no-plan': 'There is no running plan; debrief a call to make one.',
      'already-planned': 'That piece is already in the plan.',
      'no-helpful-step':
        'The plan has no helpful message left to carry it. Edit the plan to add one.',
    } as const;
    showToast({ tone: 'info', text: why[result.reason] });
  }

  return (
    <section className="card__section suggestions" aria-labelledby={headingId}>
      <h3 id={headingId}>Suggestions</h3>
      {!suggestions ? (
        <p className="loading">Loading the library…</p>
      ) : !hasTags ? (
        <p className="muted">
          Add their goals, challenges or interests above, and articles that would help them appear
          here.
        </p>
      ) : suggestions.length === 0 ? (
        <p className="muted">
          Nothing in the library matches their tags yet, or they have had it all. Add articles in
          Rapport's settings, under Library.
        </p>
      ) : (
        <ul className="suggestion-list" aria-label={`Suggestions for ${contact.name}`}>
          {suggestions.map(({ article, reason }) => (
            <li key={article.id} className="suggestion">
              <div className="suggestion__text">
                <span className="suggestion__title">{article.title}</span>
                <span className="suggestion__reason">{reason}</span>
                {article.summary ? (
                  <span className="suggestion__summary">{article.summary}</span>
                ) : null}
              </div>
              <div className="suggestion__actions">
                <button
                  type="button"
                  className="button button--small"
                  disabled={inDraft.has(article.id)}
                  aria-label={`${inDraft.has(article.id) ? 'In the draft' : 'Add to draft'}: ${article.title}`}
                  onClick={() => addToDraft(article)}
                >
                  {inDraft.has(article.id) ? 'In the draft' : 'Add to draft'}
                </button>
                {history?.planning ? (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={history.planned.has(article.id)}
                    aria-label={`${history.planned.has(article.id) ? 'In the plan' : 'Add to plan'}: ${article.title}`}
                    onClick={() => addToPlan(article)}
                  >
                    {history.planned.has(article.id) ? 'In the plan' : 'Add to plan'}
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
