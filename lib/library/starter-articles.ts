import type { Article, ArticleFormat } from '../model/article';
import type { StyleName } from '../model/style';
import { buildArticle } from '../db/articles';

/**
 * The starter library: tips written for Rapport, shipped with the
 * extension, that a salesperson can send as they are. Each stands on its
 * own without a link (no URLs are invented here: a link is only ever one
 * the user added). Topics are the vocabulary's names (lib/match/vocabulary.ts).
 */
export interface StarterEntry {
  title: string;
  topics: readonly string[];
  /** The text to send, two to four sentences. */
  tip: string;
  format?: ArticleFormat;
  styleFit?: readonly StyleName[];
}

const e = (
  title: string,
  topics: readonly string[],
  tip: string,
  format: ArticleFormat = 'tip',
  styleFit: readonly StyleName[] = [],
): StarterEntry => ({ title, topics, tip, format, styleFit });

export const STARTER_ENTRIES: readonly StarterEntry[] = [
  // Leadership and management
  e(
    'The first 90 days as a new manager: listen before you change',
    ['becoming a better manager', 'new in the role', 'no formal management training'],
    'Spend your first weeks in one-to-one conversations: ask each person what is working, what gets in their way, and what they would change if they were you. Write the answers down and look for the patterns before announcing any change. Pick one or two quick fixes people asked for and deliver them; that earns the trust you need for the bigger changes later.',
  ),
  e(
    'Weekly one-to-ones that people look forward to',
    ['becoming a better manager', 'management training', 'coaching'],
    'Hold a short one-to-one with each direct report every week and let them own the agenda: their topics first, yours last. Keep a shared running document so nothing discussed is lost and commitments carry over. Cancelling these is the quickest way to tell someone they are not a priority, so move them rather than skip them.',
  ),
  e(
    'From top performer to manager: the skills that change',
    ['no formal management training', 'new in the role', 'management training'],
    "The habits that made you a top individual performer, doing the work yourself and fast, now get in the way. Your output is the team's output, so your time goes to clearing obstacles, setting priorities and developing people. A useful test at the end of each day: what did I make easier for someone else today?",
  ),
  e(
    'A simple framework for feedback: situation, behaviour, impact',
    ['performance reviews', 'coaching', 'management training'],
    'Describe the situation (when and where), the specific behaviour you saw, and the impact it had, then ask for the other person\'s view. "In Tuesday\'s client call, you interrupted the buyer twice, and she stopped sharing details" is something a person can act on; "you need to listen more" is not. Use the same structure for praise, so good work gets repeated.',
  ),
  e(
    'Delegating without losing control',
    ['delegation', 'becoming a better manager', 'time management'],
    'Delegate the outcome, not the steps: say what done looks like, the deadline, the budget and which decisions the person may make alone. Agree on check-in points in advance so you are not tempted to hover. Start with tasks you do well but no longer need to do yourself; those are the easiest to hand over and to coach.',
  ),
  e(
    'Levels of delegation: tell people how much authority they have',
    ['delegation', 'leadership development'],
    'Much delegation fails because the authority is unclear. Say which level you mean: look into it and report back; recommend an option; decide and tell me; or decide and act. Naming the level up front avoids both the employee who waits for permission and the one who surprises you.',
  ),
  e(
    'What actually motivates a team',
    ['team motivation', 'becoming a better manager', 'employee retention'],
    "Beyond fair pay, people tend to be driven by progress on meaningful work, a say in how they do it, and getting better at something. Make progress visible: share wins, however small, and connect the team's work to what it changed for a customer. Removing one daily frustration often does more for morale than a new incentive.",
  ),
  e(
    'Recognition that lands',
    ['team motivation', 'company culture'],
    'Specific recognition beats generic praise: name what the person did and why it mattered ("your summary let the client sign a week early"). Give it soon after the fact, and ask people how they like to be recognised; some love public thanks, others prefer a quiet note. A handwritten card is remembered long after a gift card.',
  ),
  e(
    'Preparing for a difficult conversation',
    ['difficult conversations', 'becoming a better manager'],
    'Before the conversation, write down in one sentence what you want to change and the facts behind it, separate from your interpretation. Open with the purpose, describe what you observed, then ask for their view and listen fully before proposing a way forward. End with an agreed next step and a date to check in, and write it down for both of you.',
  ),
  e(
    'Handling conflict between two team members',
    ['difficult conversations', 'team motivation', 'company culture'],
    'Talk to each person separately first to understand their view, then bring them together with a shared goal as the starting point. Keep the discussion on the work and on specific behaviours, not on personalities. Agree on concrete working rules (who decides what, how hand-offs happen) and follow up in two weeks.',
  ),
  e(
    'Running a remote team that stays connected',
    ['remote teams', 'becoming a better manager', 'company culture'],
    'Agree on explicit norms: which channel is for urgent things, expected response times, and core hours when everyone is reachable. Write decisions down where everyone can find them, because remote teams lose what is only said in meetings. Keep some time for non-work conversation; it replaces the hallway chats that build trust.',
  ),
  e(
    'Hybrid work: making office days worth the commute',
    ['remote teams', 'company culture', 'meeting effectiveness'],
    'If people travel to the office, plan those days for work that benefits from being together: workshops, planning, onboarding, and social time. Do heads-down work on the remote days. Coordinate so teams that collaborate are in on the same days, otherwise people commute only to sit on video calls.',
  ),
  e(
    'Leading change people actually adopt',
    ['change management', 'digital transformation', 'leadership development'],
    'Explain why the change is needed in terms of what it fixes for the people affected, not only for the company. Involve a few respected team members early and let them shape the details; they become your best advocates. Expect a dip in productivity at first and say so openly, so it does not look like failure.',
  ),
  e(
    'Why change efforts stall, and what to do about it',
    ['change management', 'process improvement'],
    'Change usually stalls when the old way is still easier: the new tool needs extra clicks, or old reports still get requested. Remove the old path once the new one works, and make the new way the easiest option. Celebrate early visible wins so people can see the change paying off.',
  ),
  e(
    'A one-page strategic plan',
    ['strategic planning', 'goal setting', 'decision making'],
    'A plan that fits on one page gets read and used: where we are, where we want to be in a year, the three to five priorities that get us there, and what we will not do. The "not doing" list matters most, because it frees time and money. Review it every quarter and change it when the facts change.',
  ),
  e(
    'Annual planning without the month of spreadsheets',
    ['strategic planning', 'budgeting', 'goal setting'],
    'Start with a short review of last year: what worked, what did not, and what you learned about your customers. Set a few outcome goals before arguing about budgets, then let each team propose how it will contribute. Keep a buffer of time and money for the opportunities you cannot foresee.',
  ),
  e(
    'Setting goals people can act on',
    ['goal setting', 'sales targets', 'team motivation'],
    'A useful goal states the result, a measure and a date: "convert 25% of qualified trade-show leads to meetings by the end of June", not "improve follow-up". Pair each outcome goal with one or two activity measures the person controls day to day. Fewer goals work better; three is plenty for most roles.',
  ),
  e(
    'OKRs in a small company: keep them light',
    ['goal setting', 'strategic planning', 'reporting and dashboards'],
    'Objectives and key results work best when there are few of them and they are reviewed often. Set one to three objectives a quarter, each with a few measurable key results, and check progress in a short weekly meeting. Do not tie them directly to bonuses, or people will set goals they know they can hit.',
  ),
  e(
    'Meetings with an agenda and a decision',
    ['meeting effectiveness', 'time management'],
    'Send an agenda with the decision you need before the meeting; if there is nothing to decide or discuss, an email may do. Invite only the people needed for the decision and share notes with everyone else. End by reading back decisions, owners and dates, and send them in writing the same day.',
  ),
  e(
    'Cutting meeting time by a third',
    ['meeting effectiveness', 'time management', 'personal productivity'],
    'Default to 25- or 50-minute meetings instead of 30 or 60 so people get a break between calls. Review your recurring meetings once a quarter and cancel any that no longer have a clear purpose. A weekly no-meeting afternoon gives the team time for focused work.',
  ),
  e(
    'Stand-up meetings that stay short',
    ['meeting effectiveness', 'project management', 'remote teams'],
    "Keep a daily stand-up to fifteen minutes: each person says what they finished, what is next and what is blocking them. Take discussion of any blocker offline with just the people involved. If the same blocker shows up three days running, it needs a manager's attention, not another mention.",
  ),
  e(
    'Succession planning for a small team',
    ['succession planning', 'risk management', 'employee retention'],
    'For each key role, ask: if this person left tomorrow, who could step in, and what would we lose? Write down the critical knowledge (client relationships, passwords, processes) and pair a second person on it. Developing a successor also tells your best people there is a future for them.',
  ),
  e(
    'Describing your company culture in behaviours',
    ['company culture', 'employer branding', 'hiring'],
    'Values such as "integrity" or "customer focus" mean little until you say what they look like on a Tuesday. Write each value as two or three observable behaviours, with an example of someone who showed it. Then use the same words in hiring, reviews and recognition so the culture is what you reward.',
  ),
  e(
    'Coaching with questions instead of answers',
    ['coaching', 'sales coaching', 'leadership development'],
    'When someone brings you a problem, ask before you advise: "What have you tried? What options do you see? What would you do if I were not here?" People remember solutions they find themselves and grow more confident. Save direct advice for when time is short or the stakes are high.',
  ),
  e(
    'A mentor, a coach, or a sponsor: which one you need',
    ['career growth', 'coaching', 'leadership development'],
    'A mentor shares experience and perspective, a coach helps you find your own answers and build a skill, and a sponsor uses their influence to open doors for you. Most people have at least one of these and few have all three. Ask yourself which you lack, then ask someone specific for that help, with a clear and modest request.',
  ),
  e(
    'Performance reviews without surprises',
    ['performance reviews', 'becoming a better manager'],
    'Nothing in an annual review should be news: raise problems and praise as they happen, and use the review to look back and plan ahead. Ask the person to assess themselves first, then compare notes. Spend most of the time on the next six months: goals, support needed and skills to build.',
  ),
  e(
    'Writing a fair performance review',
    ['performance reviews', 'writing skills'],
    'Base every statement on examples from the whole period, not just the last month; keeping brief notes during the year makes this easy. Separate results (what was achieved) from behaviours (how), and rate both. Have someone else read your reviews side by side to catch different standards for different people.',
    'checklist',
    ['thinker'],
  ),
  e(
    'The leadership books worth reading first',
    ['reading', 'leadership development', 'becoming a better manager'],
    'If you read one management book this year, choose one you will apply, not the newest one. Read with a notebook: after each chapter, write one thing you will try in the coming week, then try it. A monthly book discussion with two or three peers turns reading into practice.',
  ),
  e(
    'Building leadership skills without a formal programme',
    ['leadership development', 'no formal management training', 'training programs'],
    "Ask for a stretch assignment such as leading a project, a new hire's onboarding or a cross-team initiative, and ask for feedback at the end. Find two or three peers in the same situation and meet monthly to trade problems and solutions. Keep a short journal of decisions and how they turned out; it becomes your own management handbook.",
  ),
  e(
    'Managing former peers after a promotion',
    ['new in the role', 'difficult conversations', 'becoming a better manager'],
    'Acknowledge the change openly in a one-to-one with each former peer: the relationship is different now, and you want to hear how they feel about it. Be consistent and fair from the first week, especially with friends, because everyone is watching. Ask for their help on one real problem; it shows respect for what they know.',
  ),

  // Hiring and people
  e(
    'Structured interviews: same questions, scored the same way',
    ['interviewing', 'hiring'],
    'Decide the four or five abilities the role needs, write questions for each, and ask every candidate the same questions. Score each answer against a simple scale right after the interview, before discussing it with others. Structured interviews predict job performance better than free-flowing conversations and are fairer to candidates.',
    'checklist',
    ['thinker'],
  ),
  e(
    'Behavioural interview questions that reveal real experience',
    ['interviewing', 'hiring salespeople'],
    'Ask about the past, not hypotheticals: "Tell me about a time you lost a deal you expected to win. What happened, and what did you do next?" Follow up for specifics: what they did, not what the team did, and what the result was. Vague answers after two follow-ups usually mean limited real experience.',
  ),
  e(
    'Hiring salespeople: test the job, not the interview',
    ['hiring salespeople', 'interviewing', 'hiring'],
    'Salespeople are usually good at interviews, so add a work sample: a short discovery call role-play, or a follow-up email after a mock meeting. Watch whether they ask questions before pitching and listen to the answers. Check references with specific questions about quota attainment and how they handled lost deals.',
  ),
  e(
    'Writing a job description that attracts the right people',
    ['hiring', 'employer branding'],
    'Lead with what the person will achieve in the first year, not a list of duties. Keep the must-have requirements short; long lists put off strong candidates who do not tick every box. Include the salary range and how the hiring process works, which saves everyone time.',
  ),
  e(
    'Reducing time to hire without lowering the bar',
    ['hiring', 'scaling the team', 'process improvement'],
    'Good candidates are often off the market within a couple of weeks, so block interview slots in advance and decide within two days of the last interview. Agree on the scorecard before you see any candidate, so debriefs are short. Tell candidates the timeline and keep to it; a fast, clear process is part of your employer brand.',
  ),
  e(
    'A first-week onboarding plan',
    ['onboarding new hires', 'employee retention'],
    'Have equipment, accounts and a welcome note ready on day one, and give the new hire a buddy who is not their manager. Plan a small real task they can finish in the first week, so they contribute early. Schedule meetings with the key people they will work with, and a check-in with their manager at the end of the week.',
    'checklist',
  ),
  e(
    'The 30-60-90 day plan for new hires',
    ['onboarding new hires', 'new in the role', 'goal setting'],
    'Agree on what the new hire should learn by day 30, contribute by day 60 and own by day 90. Write it down together in their first week, so expectations are clear on both sides. Review it at each milestone; it turns vague "settling in" into progress both of you can see.',
  ),
  e(
    'Stay interviews: ask before people leave',
    ['employee retention', 'becoming a better manager'],
    'Once or twice a year, ask each team member: what keeps you here, what might make you leave, and what would you change about your job? Listen without defending, then act on at least one thing you heard. It is far cheaper than an exit interview, when it is too late.',
  ),
  e(
    'Why good people leave, and the early signs',
    ['employee retention', 'team motivation'],
    'People commonly leave over their manager, a lack of growth, or feeling their work is not valued, and pay often becomes the final push rather than the cause. Watch for early signs: less participation in meetings, no new ideas, more time off. A direct, caring conversation at that point can change the outcome.',
  ),
  e(
    'Building an employer brand on a small budget',
    ['employer branding', 'hiring', 'brand awareness'],
    "Your employees' stories are the most credible recruiting material you have: ask a few to describe a typical week or a project they are proud of. Respond to every applicant, including the rejections, because candidates talk. Make sure your careers page says what it is really like to work there.",
  ),
  e(
    'Designing a sales commission plan that drives the right behaviour',
    ['compensation planning', 'sales targets', 'hiring salespeople'],
    "Keep the plan simple enough that a salesperson can calculate their own pay; complexity breeds distrust. Pay for what the company actually wants, such as margin or multi-year contracts, not only revenue. Test the plan against last year's deals before launching, to see who would have earned what.",
  ),
  e(
    'Pay conversations with your team',
    ['compensation planning', 'difficult conversations', 'employee retention'],
    'Explain how pay is set in your company: the ranges, what moves someone within them, and when reviews happen. When you cannot give a raise, say why honestly and what would change the answer. Vague promises about "next year" damage trust more than a clear no.',
  ),
  e(
    'Training that sticks: practise, then apply within a week',
    ['training programs', 'sales coaching', 'coaching'],
    'People forget most of a one-off training day unless they use it soon. Keep sessions short and practical, with role-plays or real cases, and agree on one thing each person will apply in the next week. Follow up in one-to-ones to ask how it went; that follow-up is where the learning happens.',
  ),
  e(
    'Scaling from 10 to 50 people: what breaks first',
    ['scaling the team', 'scaling operations', 'company culture'],
    "Growing teams typically outgrow informal communication first: what everyone used to overhear now needs to be written down. Introduce a few light processes for hiring, onboarding and decision-making before they are urgently needed. Protect the founders' time for the hires who will lead the next stage.",
  ),
  e(
    'When to hire your first manager',
    ['scaling the team', 'hiring', 'delegation'],
    'A common sign is that the founder or lead has more direct reports than they can meet with each week, and decisions queue up waiting for them. Consider promoting from within when someone already coaches others, but offer them training, because managing is a different job. Define what they decide alone from day one.',
  ),

  // Sales
  e(
    'Respond to new leads within the hour',
    ['lead conversion', 'follow-up', 'sales process'],
    'Speed matters: in a study published in Harvard Business Review (Oldroyd, McElheran and Elkington, 2011), firms that contacted leads within an hour were about seven times likelier to qualify them than those that waited even an hour longer. Set up an alert for new inquiries and agree who answers them during working hours. A short, personal reply beats a perfect one sent tomorrow.',
    'tip',
    ['thinker'],
  ),
  e(
    'Why leads go cold, and how to warm them up again',
    ['lead conversion', 'follow-up', 'sales pipeline'],
    'Leads usually go cold because the follow-up was slow, generic, or asked for too much too soon. Reopen the conversation with something useful to them, such as an article on a problem they mentioned, rather than "just checking in". Ask one easy question they can answer in a line.',
  ),
  e(
    'Qualifying leads: four questions to ask early',
    ['lead qualification', 'sales process', 'lead conversion'],
    'Early on, find out: what problem they are trying to solve and why now, who else is involved in the decision, what happens if they do nothing, and how they have bought something similar before. Ask these as part of a real conversation, not as a checklist. If there is no problem and no urgency, it is a relationship to nurture, not a deal to push.',
  ),
  e(
    'Scoring leads so the team calls the right ones first',
    ['lead qualification', 'lead conversion', 'crm adoption'],
    'Combine fit (industry, size, role) with interest (they asked for a quote, came back to the pricing page, visited your booth twice). Start simple, a few points for each, and check after a quarter whether high scores really closed more often. Adjust the weights to what the data shows, not what you expected.',
  ),
  e(
    'Prospecting time that does not get eaten by everything else',
    ['lead generation', 'time management', 'sales targets'],
    'Block a fixed time for prospecting on your calendar, ideally the same slot every day, and treat it like a client meeting. Prepare the list the day before so the time goes to outreach, not research. Small daily amounts beat a frantic push at the end of the quarter.',
  ),
  e(
    'A follow-up rhythm that helps instead of nags',
    ['follow-up', 'lead conversion'],
    'Space follow-ups out, a few days at first, then weeks, and make each one bring something new: an idea, an answer to a question they raised, or a relevant article. In a Woodpecker study, reply rates rose from about 9% with no follow-up to 13% with at least one. Stop after a few unanswered messages and leave the door open politely.',
  ),
  e(
    'Following through on every promise made during a sale',
    ['follow-up', 'account management', 'building credibility'],
    "Write down every commitment made during a sale, yours and the customer's, with a date, and share the list after the meeting. Report progress before anyone has to ask. Keeping small promises reliably is how a salesperson earns a reputation for doing what they say.",
  ),
  e(
    'Asking for referrals without feeling awkward',
    ['referrals', 'customer retention', 'networking'],
    'Ask when the customer has just seen a result they are happy with, and be specific: "Is there someone in your industry association who is dealing with the same problem?" Offer to write the introduction email for them to forward. Always thank the referrer and tell them what happened, whatever the outcome.',
  ),
  e(
    'Giving referrals: the fastest way to get them',
    ['referrals', 'networking', 'partnerships'],
    'The people most likely to refer you are those you have helped. Introduce your contacts to people who can help them, even when there is nothing in it for you, and ask both sides first. Over time you become the person people think of when they need a connection.',
  ),
  e(
    'Preparing for a negotiation: know your walk-away point',
    ['negotiation', 'pricing strategy', 'closing deals'],
    'Before you negotiate, decide your best alternative if there is no deal, and the point at which you would walk away. Find out what the other side values most; it is often not the price but timing, terms or risk. Prepare things you can trade that cost you little but are worth a lot to them.',
  ),
  e(
    'Never give a concession without getting one',
    ['negotiation', 'pricing strategy'],
    'When asked for a discount, ask what you get in exchange: a longer term, faster payment, a larger volume or a case study. Unconditional concessions teach the buyer that asking works and invite further requests. Make concessions smaller as the negotiation goes on, which signals you are near your limit.',
  ),
  e(
    'Negotiating with procurement departments',
    ['negotiation', 'long approval process', 'proposal writing'],
    'Procurement teams are measured on savings and risk, so expect price pressure regardless of value. Keep your champion in the business involved, and put the value case in writing where procurement can see it. Ask early about their process, forms and approval steps, so paperwork does not stall the deal at the end.',
  ),
  e(
    'Closing: ask for the next step, every time',
    ['closing deals', 'sales process'],
    'Every sales conversation should end with a clear, agreed next step with a date: a meeting, a trial, a decision. If the buyer will not commit to any next step, that tells you where the deal really stands. A simple "What would you like to happen next?" often works better than any closing technique.',
  ),
  e(
    'Mutual action plans for complex deals',
    ['closing deals', 'long approval process', 'account management'],
    'For a deal with several decision makers, write a shared plan with the buyer: every step to go-live, who owns it, and the date. It surfaces hidden steps such as legal review or security questionnaires early. It also shows whether the buyer is really committed, because they are doing work too.',
    'checklist',
    ['thinker', 'director'],
  ),
  e(
    'Handling objections: understand before you answer',
    ['objection handling', 'sales process'],
    'When a buyer raises an objection, ask a question before you answer it: "Can you tell me more about what worries you there?" The first objection is often not the real one. Restate the concern to confirm you understood, then answer just that concern briefly.',
  ),
  e(
    'The price objection is usually a value question',
    ['objection handling', 'pricing strategy', 'return on investment'],
    '"It is too expensive" often means "I do not yet see enough value" or "I cannot justify it to my boss". Ask what they are comparing it with, and help them build the business case in their own numbers. If the budget truly is not there, discuss a smaller start rather than a discount.',
  ),
  e(
    'Coaching salespeople from real calls',
    ['sales coaching', 'coaching', 'becoming a better manager'],
    'Listen to a recorded call or join one with the salesperson, then ask them to assess it first: what went well, what would they do differently? Focus on one skill at a time, such as asking more questions before presenting. Practise it together in a short role-play and review the next call.',
  ),
  e(
    'Pipeline reviews that help the salesperson',
    ['sales pipeline', 'sales coaching', 'reporting and dashboards'],
    'Use pipeline reviews to help move deals forward, not only to forecast. For each important deal ask: what is the next step, who is the decision maker, and what could stop it? Deals with no next step in the calendar for two weeks are usually stalled.',
  ),
  e(
    'Forecasting that the finance team can trust',
    ['sales pipeline', 'reporting and dashboards', 'sales targets'],
    'Define each pipeline stage by something the buyer did, such as agreeing to a trial or receiving a proposal, not by how the salesperson feels. Track how often deals at each stage have closed in the past and use those rates. Compare forecast with actual results every month to see where you are too optimistic.',
  ),
  e(
    "Mapping your sales process from the buyer's side",
    ['sales process', 'lead conversion', 'process improvement'],
    'Write down the steps your customers go through to buy: noticing a problem, researching, comparing, getting approval, and signing. For each step, note what the buyer needs from you. You will usually find a step where buyers get stuck, such as internal approval, that you can make easier.',
  ),
  e(
    'Discovery calls: ask, listen, then summarise',
    ['sales process', 'lead qualification', 'objection handling'],
    'Aim to listen more than you speak in the first call; prepared open questions help. Before offering any solution, summarise what you heard and ask whether you got it right. Buyers who feel understood share more, and your proposal can then use their own words.',
  ),
  e(
    'Cold emails people actually read',
    ['cold outreach', 'lead generation', 'writing skills'],
    'Keep it short and about them: one line on why you are writing to this person, one on a problem people in their role often have, and one easy question. An analysis of 40 million emails by Boomerang (2016) found emails of 75 to 100 words got the most replies. Research each person for two minutes rather than sending the same message to hundreds.',
  ),
  e(
    'Cold calling with a reason for the call',
    ['cold outreach', 'lead generation', 'phone calls'],
    'Open with who you are and why you are calling this person specifically, then ask whether it is a good time. Have one question ready about a problem common in their industry, and listen. The goal of the first call is a second conversation, not a sale.',
  ),
  e(
    'Social selling without spamming',
    ['social selling', 'lead generation', 'networking'],
    "Complete your LinkedIn profile so it helps your buyers, not your recruiter: what problems you help with and for whom. Comment thoughtfully on your prospects' posts before you ever send a message. When you connect, say why, and do not pitch in the first message.",
  ),
  e(
    'Posting on LinkedIn regularly without it taking over',
    ['social selling', 'content marketing', 'building credibility'],
    'Share what you learn from your work: a question customers often ask and your answer, a lesson from a project, a useful article with your own comment. One thoughtful post a week is plenty. Write a few at once when you have time and schedule them.',
  ),
  e(
    'Managing key accounts with a simple account plan',
    ['account management', 'customer retention', 'upselling'],
    'For each key account, write down their goals for the year, the people involved and your relationship with each, and where you could help more. Review it with the customer once or twice a year. Accounts usually slip away through neglected relationships, not a single bad event.',
  ),
  e(
    'Multi-threading: know more than one person at each account',
    ['account management', 'customer retention', 'risk management'],
    'If your only contact leaves, the account is at risk. Build relationships with several people: the users, their manager, and whoever signs the renewal. Offer each of them something useful for their own role, not just updates on your product.',
  ),
  e(
    'Writing proposals that get read',
    ['proposal writing', 'closing deals', 'writing skills'],
    "Start with a one-page summary of the customer's situation, the outcome they want, your recommendation, and the price. Use their words from the discovery conversation. Put details, references and terms in later sections for those who want them.",
  ),
  e(
    'Answering RFPs: decide first whether to bid',
    ['proposal writing', 'long approval process', 'lead qualification'],
    'Before investing days in an RFP, ask whether you had any contact with the buyer before it was published and whether you can speak to them now. An RFP you did not help shape is often written around another supplier. Bid selectively and put your effort into the ones you can win.',
  ),
  e(
    'Pricing: offer three options',
    ['pricing strategy', 'proposal writing', 'upselling'],
    'Presenting a good, better and best option lets the buyer choose how to work with you instead of deciding yes or no. Make the middle option the one you recommend and explain who each option suits. Keep the differences clear and meaningful, not a long feature list.',
  ),
  e(
    'Raising prices without losing customers',
    ['pricing strategy', 'customer retention', 'profitability'],
    'Give customers plenty of notice, explain the reason plainly, and remind them of the value they have had. Consider keeping existing customers at the old price for a period or offering a longer contract at the current rate. Most customers accept a fair, well-explained increase; the surprise is what damages trust.',
  ),
  e(
    'Building channel partnerships that produce deals',
    ['partnerships', 'entering new markets', 'referrals'],
    'A partnership works when both sides gain something concrete: extra revenue, a better offer for their customers, or faster delivery. Start with one joint customer or small joint project before signing broad agreements. Agree on who owns the customer relationship and how leads are shared.',
  ),
  e(
    'Getting a sales team to actually use the CRM',
    ['crm adoption', 'sales process', 'change management'],
    'Salespeople use a CRM when it helps them sell, not when it only serves reports. Cut required fields to the few that matter, make logging fast (from email and phone), and show them reports that help them prioritise. Run pipeline reviews from the CRM, so what is not in it does not exist.',
  ),
  e(
    'Hitting quota: work backwards from the number',
    ['sales targets', 'sales pipeline', 'goal setting'],
    'Work back from the target: with your average deal size and win rate, how many opportunities do you need, and how many first meetings does that take? Those weekly activity numbers are what you can control. Review them every Friday and adjust early instead of hoping for a big deal in the last week.',
  ),
  e(
    'Entering a new market: talk to twenty customers first',
    ['entering new markets', 'market research', 'strategic planning'],
    'Before you invest in a new region or industry, hold twenty conversations with potential buyers there about their problems and how they buy today. You will learn the words they use, who decides, and what competitors they already have. A few early customers there are better evidence than any market report.',
  ),
  e(
    'After a lost deal: an honest debrief',
    ['closing deals', 'sales coaching', 'follow-up'],
    'After a "no", ask yourself: did I propose a solution before I fully understood their needs, did I adapt to their pace, and did I help them make the best decision for them? Ask the buyer, politely, what decided it; most will tell you. Keep the door open with a thank-you, and note when their situation might change.',
  ),
  e(
    'Keeping in touch with a prospect who said "not now"',
    ['follow-up', 'lead conversion', 'customer retention'],
    'Agree on when to reconnect and put it in your calendar. Between now and then, send something useful a few times, related to their goals and not to your product. When the time comes, they will remember who helped them while asking for nothing.',
  ),

  // Events
  e(
    'Before a trade show: set goals and book meetings',
    ['trade shows', 'event planning', 'event roi'],
    'Decide what success means before you go, for example a number of qualified conversations or meetings booked, not badge scans. Contact your customers and best prospects two or three weeks ahead to book time at the booth or nearby. Pre-booked meetings tend to be the most valuable part of a show.',
    'checklist',
  ),
  e(
    'Booth staffing: fewer pitches, better questions',
    ['trade shows', 'lead qualification', 'training programs'],
    'Brief the booth team on two or three qualifying questions and how to note the answers. Staff who stand at the aisle and open with a question stop more visitors than those sitting behind a table. Schedule shifts of a few hours, because tired staff do not qualify well.',
  ),
  e(
    'Capturing booth leads you can actually follow up',
    ['trade show follow-up', 'trade shows', 'lead qualification'],
    'A badge scan without notes is nearly useless a week later. For every conversation, capture what the person wants, how warm they are, and the agreed next step, in a few words. Sort leads into hot, warm and nurture before you leave the show floor.',
  ),
  e(
    'Trade-show follow-up within 48 hours',
    ['trade show follow-up', 'lead conversion', 'follow-up'],
    'Send follow-ups while the show is still fresh, ideally within two days, and mention something specific from your conversation. Hot leads get a personal email or call proposing a time; others get something useful related to what they told you. Most competitors follow up late or with a generic mass email, which makes a prompt personal note stand out.',
  ),
  e(
    'Measuring the return on a trade show',
    ['event roi', 'trade shows', 'marketing budget'],
    'Add up the full cost: space, booth, travel, staff time and giveaways. Then track the meetings, pipeline and closed deals that came from the show over the following months, not just the week after. Compare the cost per qualified meeting with your other channels to decide which shows to repeat.',
  ),
  e(
    'Choosing which trade shows to attend',
    ['trade shows', 'event roi', 'marketing budget'],
    'Ask your best customers which events they attend; that is where your next customers are likely to be. Attend a show as a visitor first before paying for a booth. A smaller, focused industry event often produces better conversations than a large general expo.',
  ),
  e(
    'Planning an event people remember',
    ['event planning', 'customer experience', 'networking'],
    'Design the event around what attendees will take away, and leave plenty of time for them to talk to each other; people often value that more than the talks. Send practical details a few days before. Follow up with the key points and introductions within a day or two.',
  ),
  e(
    'Hosting a small customer dinner or round table',
    ['event planning', 'customer retention', 'networking'],
    'A round table of eight to twelve customers on one topic they care about builds more relationships than a large event. Invite a guest with real expertise and keep your own presentation to a minimum. Seat people so they meet peers they would not otherwise meet.',
  ),
  e(
    'Speaking at a conference: make one point well',
    ['public speaking', 'presentation skills', 'building credibility'],
    'Choose one message the audience should remember and build the talk around it, with a story or example for each supporting point. Rehearse aloud several times, timing yourself. End with a practical takeaway people can use the next day, not a sales pitch.',
  ),
  e(
    'Calming nerves before a presentation',
    ['public speaking', 'presentation skills', 'new in the role'],
    'Nervousness is normal; treat it as energy. Rehearse the first two minutes until they come easily, because that is when nerves are worst. Arrive early, check the equipment, and talk to a few audience members before you start, so you see friendly faces.',
  ),
  e(
    'Networking at events without small-talk dread',
    ['networking', 'trade shows', 'event planning'],
    'Prepare two or three open questions, such as "What brought you here?" or "What are you working on this year?", and be curious about the answers. Aim for a few real conversations rather than many business cards. Follow up within a few days with something that helps the person, referring to what they told you.',
  ),
  e(
    'Keeping a network alive without making it a chore',
    ['networking', 'follow-up', 'referrals'],
    'Keep a short list of people you want to stay in touch with and reach out to a few each week. Send something relevant: an article about their goal, a congratulation on a new role, an introduction. Helping first and asking later builds a network that helps you back.',
  ),

  // Marketing
  e(
    'A marketing message in one sentence',
    ['marketing messages', 'brand awareness', 'website conversion'],
    'Try to say what you do in one sentence a customer would use: for whom, what problem, and what changes for them. Test it by reading it to a few customers and asking them to repeat it in their own words. If they cannot, simplify until they can.',
  ),
  e(
    "Write about the customer's problem, not your features",
    ['marketing messages', 'content marketing', 'writing skills'],
    'Most messages list features; buyers look for their own problem described accurately. Collect the exact phrases customers use in calls and emails and reuse them in headlines. A feature only matters once the reader sees how it solves something they care about.',
  ),
  e(
    'A content plan a small team can keep up',
    ['content marketing', 'marketing budget', 'time management'],
    'Start with the ten questions customers ask most and write one helpful answer to each; that is a quarter of content. Publish on a steady schedule you can keep, even if it is twice a month. Reuse each piece as a newsletter item, a social post and a sales follow-up.',
  ),
  e(
    'Newsletters people open',
    ['email marketing', 'content marketing'],
    'Send something useful each time, keep it short, and make the subject line say what is inside. A consistent day and time helps readers expect it. Remove people who have not opened in a long time; a smaller, engaged list reaches inboxes more reliably.',
  ),
  e(
    'Subject lines that get emails opened',
    ['email marketing', 'cold outreach', 'writing skills'],
    'Short, specific subject lines do well; Boomerang\'s analysis of 40 million emails (2016) found three to four words drew the most replies. Say what the email is about rather than trying to be clever. Avoid all capitals and "urgent", which look like spam.',
  ),
  e(
    'Landing pages that convert: one page, one action',
    ['website conversion', 'paid advertising', 'lead generation'],
    'Give each landing page one goal and remove other links that distract from it. Match the headline to the ad or email that brought the visitor, so they know they are in the right place. Ask only for the information you really need in the form.',
  ),
  e(
    'Finding where your website loses visitors',
    ['website conversion', 'data analytics', 'market research'],
    'Look at which pages people leave from most and where they drop out of the path to contact or purchase. Watch five people unfamiliar with your site try to complete a task; the problems are usually obvious. Fix the biggest obstacle first and measure again.',
  ),
  e(
    'SEO basics for a business website',
    ['search engine optimisation', 'content marketing', 'website conversion'],
    'Write each page for one topic your customers search for, using the words they use, and answer their question well. Give every page a clear title and description, and make sure the site loads quickly on a phone. Search rankings usually take months to improve, so begin with the most valuable topics.',
  ),
  e(
    'Paid ads on a small budget',
    ['paid advertising', 'marketing budget', 'lead generation'],
    'Narrow your targeting to the people most likely to buy, and start with a small daily budget for a few weeks to learn. Measure cost per qualified lead or sale, not clicks. Stop ads that do not perform and move the money to those that do.',
  ),
  e(
    'Where to spend the next marketing dollar',
    ['marketing budget', 'return on investment', 'reporting and dashboards'],
    'For each channel, estimate what it cost to win a customer last year, including staff time. Put more into the channels with the best cost per customer until results start to drop. Keep a small share for experiments, so you find the next good channel before the current one tires.',
  ),
  e(
    'Customer stories that persuade',
    ['case studies', 'marketing messages', 'content marketing'],
    'A strong customer story follows the customer, not you: their situation before, what they tried, what changed and the result in their own words. Use a real name and figures only with their written permission. Short stories of a few paragraphs get read more than long documents.',
  ),
  e(
    'Getting press coverage as a small company',
    ['public relations', 'brand awareness', 'building credibility'],
    'Journalists need stories and sources, not announcements. Offer useful data, a clear opinion on an industry trend, or a customer story with a human angle. Build relationships with a few reporters who cover your field by being helpful, even when the story is not about you.',
  ),
  e(
    'A product launch checklist',
    ['product launch', 'marketing messages', 'project management'],
    'Decide who the launch is for and the one message they should hear. Prepare the sales team first with a short briefing, answers to likely questions, and one story. Line up a few early customers who can speak about it, and plan follow-up for weeks after launch day, not just the day itself.',
    'checklist',
  ),
  e(
    'Customer interviews: learn what they really need',
    ['market research', 'customer feedback', 'product launch'],
    'Ask about recent behaviour, not opinions: "Tell me about the last time you dealt with this problem. What did you do?" Avoid describing your idea until the end, because people are polite about ideas. Five to ten interviews usually show clear patterns.',
  ),
  e(
    'Watching competitors without copying them',
    ['market research', 'strategic planning', 'marketing messages'],
    'Keep a simple page per competitor: who they sell to, their message, their pricing model and what customers say about them. Ask prospects you lose to them what made the difference. Use what you learn to sharpen your own position rather than matching every feature.',
  ),
  e(
    'Webinars that people stay for',
    ['video marketing', 'content marketing', 'lead generation'],
    'Teach something useful in the first five minutes and keep product content to the end or leave it out. Use a guest expert or customer for credibility and variety. Send the recording to everyone who registered, since many will watch later.',
  ),
  e(
    'Short videos for sales follow-up',
    ['video marketing', 'follow-up', 'social selling'],
    "A personal video of under a minute, recorded for one person and referring to your conversation, stands out in a crowded inbox. Look at the camera, say the person's name, and make one point. Put a clear line of text with the video for those who cannot watch it.",
  ),
  e(
    'Building brand awareness in a niche',
    ['brand awareness', 'content marketing', 'public speaking'],
    'In a niche, being well known by a few thousand of the right people beats general visibility. Show up where they gather: industry associations, trade publications, their events, and podcasts they listen to. Consistency over a year matters more than one big campaign.',
  ),

  // Customers
  e(
    'Spotting customers at risk of leaving',
    ['customer retention', 'account management', 'data analytics'],
    'Common warning signs: less usage, fewer replies, a new decision maker, late payments, or a support complaint left unresolved. Review key accounts for these signs every month. Reach out early with help, not a renewal pitch.',
  ),
  e(
    'The renewal conversation starts at onboarding',
    ['customer retention', 'customer onboarding', 'account management'],
    'Agree with new customers on what success will look like at renewal time, in their terms. Check progress at least once a quarter, and share results they can show their boss. By renewal, the value should already be documented.',
  ),
  e(
    'Customer onboarding: the first result, fast',
    ['customer onboarding', 'customer experience', 'customer retention'],
    'New customers are most likely to leave when they do not see value early. Plan onboarding around the first meaningful result they can achieve, and help them reach it in the first weeks. Make it clear who to ask for help and check in after the first week.',
  ),
  e(
    'Measuring customer satisfaction that leads to action',
    ['customer satisfaction', 'customer feedback', 'reporting and dashboards'],
    'A score alone says little; always ask one open follow-up question: "What is the main reason for your score?" Read every comment, group them by theme, and fix the most common issue first. Tell customers what you changed because of their feedback.',
  ),
  e(
    'Net Promoter Score: use it, do not worship it',
    ['customer satisfaction', 'customer feedback', 'data analytics'],
    'NPS asks how likely customers are to recommend you, from 0 to 10, and subtracts the share of detractors (0 to 6) from promoters (9 to 10). It is most useful as a trend and for the comments people add. Call a few detractors personally; those conversations teach more than the number.',
    'tip',
    ['thinker'],
  ),
  e(
    'Customer service that turns problems into loyalty',
    ['customer service', 'complaint handling', 'customer retention'],
    'Customers whose problem is solved quickly and well often end up more loyal than before it happened. Give front-line staff the authority to fix common problems without approval. Follow up after a resolved issue to check that it stayed fixed.',
  ),
  e(
    'Handling an angry customer',
    ['complaint handling', 'customer service', 'difficult conversations'],
    'Let the customer explain fully without interrupting, then summarise the problem in your own words to show you understood. Apologise for the impact on them, say exactly what you will do and when, and keep that promise. Avoid blaming colleagues or policies.',
  ),
  e(
    'A feedback programme customers answer',
    ['customer feedback', 'customer satisfaction', 'market research'],
    'Ask for feedback at meaningful moments, such as after onboarding or after a support case, not on a random schedule. Keep surveys to a few questions. Close the loop: tell people what you did with their feedback, and they will answer again.',
  ),
  e(
    'Upselling by solving the next problem',
    ['upselling', 'account management', 'customer retention'],
    'Offer more only when it helps the customer reach a goal they have told you about. Review with them what they have achieved so far and what is next, then show how you could help with that. Customers who feel helped buy more; those who feel sold to tend to leave.',
  ),
  e(
    'Mapping the customer experience end to end',
    ['customer experience', 'process improvement', 'customer onboarding'],
    'Walk through every step a customer takes with you, from first contact to renewal, and note how each one feels from their side. Pay special attention to hand-offs between teams, where things are often dropped. Fix the worst moment first; it shapes how customers remember the whole experience.',
  ),
  e(
    'Loyalty programmes that reward the right customers',
    ['loyalty programs', 'customer retention', 'profitability'],
    "Reward the behaviour you want, such as repeat purchases or referrals, and make the reward easy to understand. Recognition and special access often mean more to business customers than discounts. Check that the programme is profitable by comparing members' behaviour before and after joining.",
  ),
  e(
    'Patient experience: small things patients notice',
    ['customer experience', 'customer service', 'customer satisfaction'],
    'Patients judge care partly by things they can see: being greeted by name, knowing how long the wait will be, and clear instructions on what happens next. Tell patients about delays before they have to ask. Ask a few patients each week what one thing would have made the visit better.',
  ),

  // Operations
  e(
    'Time blocking: plan the week around your priorities',
    ['time management', 'personal productivity', 'sales targets'],
    'On Friday or Monday morning, put your two or three most important tasks for the week into your calendar as appointments. Protect those blocks as you would a client meeting. Group small tasks such as email and admin into a few fixed slots instead of spreading them across the day.',
  ),
  e(
    'Prioritising with the urgent-important grid',
    ['time management', 'decision making', 'delegation'],
    'Sort your tasks by two questions: is it important to my goals, and is it urgent? Do important and urgent tasks now, schedule important but not urgent ones, delegate urgent but unimportant ones, and drop the rest. The important but not urgent tasks, such as planning and relationships, are the ones that get squeezed out.',
  ),
  e(
    'Taming the inbox',
    ['time management', 'personal productivity', 'email over phone'],
    'Check email at set times rather than all day, and turn off notifications. Handle each message once: reply if it takes two minutes, schedule it, delegate it, or archive it. Short replies are fine; most emails do not need more than a few lines.',
  ),
  e(
    'A weekly review in thirty minutes',
    ['time management', 'personal productivity', 'goal setting'],
    'Once a week, review your calendar, open tasks and follow-ups: what got done, what slipped, and what matters next week. Check which promises to clients and colleagues are due. This small habit keeps things from falling through the cracks.',
    'checklist',
  ),
  e(
    'Finding waste in a process',
    ['process improvement', 'cost reduction', 'quality management'],
    'Map the process step by step with the people who do it, and mark waiting times, rework and hand-offs. Often most of the elapsed time is waiting, not work. Remove or shorten the biggest delay first, then measure again.',
  ),
  e(
    'Small improvements every week',
    ['process improvement', 'company culture', 'quality management'],
    'Ask the team each week for one small thing that annoyed them or wasted time, and fix one of them. Small, frequent improvements add up and show people their ideas count. Keep a visible list of what was fixed.',
  ),
  e(
    'Keeping projects on track',
    ['project management', 'meeting effectiveness', 'risk management'],
    'Start each project with a short written brief: goal, scope, owner, deadline, and what is out of scope. Break the work into milestones a few weeks apart and review progress at each one. Raise risks early; a late project is usually visible weeks before the deadline.',
  ),
  e(
    'Reducing supply chain surprises',
    ['supply chain', 'risk management', 'vendor management'],
    'Identify which items or suppliers would stop your business if they failed, and find a second source or keep a buffer stock for those. Share forecasts with key suppliers so they can plan. Review lead times regularly, since they change before anyone announces it.',
  ),
  e(
    'Building a quality check into the work',
    ['quality management', 'process improvement', 'customer satisfaction'],
    'Catching errors where they happen is cheaper than finding them at the end or, worse, at the customer. Use short checklists at the steps where mistakes are common. When a mistake reaches a customer, ask "why" several times to find the cause, not the culprit.',
  ),
  e(
    'Cutting costs without cutting what customers value',
    ['cost reduction', 'profitability', 'budgeting'],
    'List your costs and, next to each, what it does for customers or revenue. Cut or renegotiate what customers would not notice: unused software, duplicate services, old subscriptions. Protect the things customers do notice, such as response times and product quality.',
  ),
  e(
    'Working well with vendors',
    ['vendor management', 'supply chain', 'negotiation'],
    'Treat key vendors as partners: share your plans, pay on time, and tell them early about changes. Agree on a few measurable service levels and review them together every quarter. Vendors give their best people and terms to customers who are easy to work with.',
  ),
  e(
    'Making compliance part of the routine',
    ['compliance', 'risk management', 'process improvement'],
    'List the rules that apply to you and who is responsible for each, then build the required steps into existing processes instead of separate paperwork. Keep records as you go, not in a panic before an audit. Review the list once a year, as regulations change.',
  ),
  e(
    'GDPR basics for sales and marketing',
    ['compliance', 'email marketing', 'data analytics'],
    'Under the GDPR you need a lawful basis for each use of personal data, such as consent or a legitimate interest you have assessed, and you must tell people how you use their data. Collect only what you need, keep it secure, and honour requests to see or delete it promptly. Email marketing rules also depend on national law, so check what applies in each country.',
    'tip',
    ['thinker'],
  ),
  e(
    'A simple risk register',
    ['risk management', 'strategic planning', 'compliance'],
    'List the ten things that could hurt the business most, rate each for likelihood and impact, and name an owner and one action for the top few. Review it every quarter with the leadership team. The act of writing risks down often reveals the ones nobody owns.',
  ),
  e(
    'Dashboards people actually look at',
    ['reporting and dashboards', 'data analytics', 'goal setting'],
    'Show only the few numbers tied to decisions, each with its target and trend. Put a short comment next to each figure saying what changed and why. If nobody acts on a metric in a quarter, remove it.',
  ),
  e(
    'Growing pains: writing the playbook before you need it',
    ['scaling operations', 'scaling the team', 'process improvement'],
    'When a task is done the same way a third time, write down how, briefly, with a checklist. These notes become the onboarding material for the next hire and make quality consistent. Review them every few months, because processes that worked for ten customers may break at a hundred.',
  ),

  // Finance
  e(
    'A budget that stays useful all year',
    ['budgeting', 'strategic planning', 'cash flow'],
    "Build the budget from your plan, not last year's numbers plus a percentage. Compare actual results with the budget every month and write down why they differ. Update the forecast quarterly, so decisions rest on current expectations.",
  ),
  e(
    'Doing more with a limited budget',
    ['budgeting', 'cost reduction', 'return on investment'],
    'When money is tight, put it into the few activities with proven returns and pause experiments that have not shown results. Look for what can be shared, borrowed or delayed. Ask suppliers about payment terms or phased starts before assuming something is unaffordable.',
  ),
  e(
    'Cash flow: the thirteen-week forecast',
    ['cash flow', 'budgeting', 'risk management'],
    'List the cash you expect in and out each week for the next thirteen weeks and update it every week. It shows shortfalls early enough to act, by chasing invoices, delaying a purchase or arranging credit. Profitable companies can still run out of cash, and this is how you see it coming.',
    'checklist',
    ['thinker'],
  ),
  e(
    'Getting paid faster',
    ['cash flow', 'customer service', 'process improvement'],
    'Invoice promptly and correctly, with the purchase order number and a named contact, since errors are a common reason for delay. Agree payment terms before the work starts. A friendly reminder just before the due date often works better than a stern one after it.',
  ),
  e(
    'Preparing to talk to investors',
    ['fundraising', 'starting a business', 'presentation skills'],
    'Investors want to understand the problem, why your solution wins, evidence that customers want it, the team, and how the money will be used. Know your numbers well, including the weak ones. Start building relationships with investors months before you need the money.',
  ),
  e(
    'Building a business case your CFO will accept',
    ['return on investment', 'long approval process', 'budgeting'],
    'State the problem in money terms: what it costs today in time, errors or lost revenue. Use conservative assumptions, show your sources, and include all costs, including staff time to adopt it. Compare with the option of doing nothing, which is never free.',
    'tip',
    ['thinker', 'director'],
  ),
  e(
    'Improving margins without raising prices',
    ['profitability', 'cost reduction', 'pricing strategy'],
    'Look at profitability by customer and by product; a few often produce most of the profit and some lose money. Reduce discounting, charge for extras that are currently free, and fix the processes behind the most rework. Sometimes the best move is to stop serving unprofitable work.',
  ),
  e(
    'Getting through a long approval process',
    ['long approval process', 'closing deals', 'proposal writing'],
    'Ask early who approves, in what order, and what each approver needs to see. Give your contact the materials to make the case internally: a one-page summary, the business case and answers to likely questions. Check in at each step rather than only at the end.',
  ),

  // Technology
  e(
    'Digital transformation: start with one process',
    ['digital transformation', 'change management', 'process improvement'],
    'Pick one process that causes real pain, such as quoting or invoicing, and improve it end to end before starting the next. Involve the people who do the work in designing the new way. Success in one visible area builds support for the rest.',
  ),
  e(
    'What to automate first',
    ['automation', 'time management', 'process improvement'],
    'Good candidates are tasks that are frequent, rule-based and error-prone, such as copying data between systems or sending standard reminders. Simplify the process before automating it, or you will automate the mess. Measure hours saved so you know where to go next.',
  ),
  e(
    'Getting value from your data without a data team',
    ['data analytics', 'reporting and dashboards', 'decision making'],
    'Start with a question, such as which customers are most profitable, rather than with the data. Often a spreadsheet and clean data from one system is enough to answer it. Check data quality first; wrong data gives confident wrong answers.',
  ),
  e(
    'Using AI tools at work sensibly',
    ['artificial intelligence', 'automation', 'personal productivity'],
    'AI writing and analysis tools are useful for first drafts, summaries and ideas, but they can state wrong facts confidently, so check anything that matters. Do not paste confidential customer or company data into tools your company has not approved. Start with one repetitive task and compare the time and quality honestly.',
  ),
  e(
    'Cybersecurity basics every small business needs',
    ['cybersecurity', 'risk management', 'compliance'],
    'Turn on multi-factor authentication for email and key systems, keep software updated, and back up important data to a place an attack cannot reach. Train staff to spot phishing, especially fake payment requests. Know who to call and what to do if something goes wrong.',
    'checklist',
  ),
  e(
    'Choosing software: requirements before demos',
    ['software selection', 'systems integration', 'decision making'],
    'Write down the problems to solve and the few must-have requirements before you see any demo, or the best presenter wins. Ask each vendor to show your real scenarios, and speak to a reference customer of your size. Include the cost of setup, training and integration, not just the licence.',
    'checklist',
    ['thinker'],
  ),
  e(
    'Connecting systems so data is entered once',
    ['systems integration', 'automation', 'crm adoption'],
    'List where the same data is typed into more than one system; each place is a source of errors and wasted time. Decide which system is the master for each kind of data. Start with the integration that saves the most manual work.',
  ),
  e(
    'Growing an online store: fix the checkout first',
    ['e-commerce', 'website conversion', 'customer experience'],
    'Many shoppers abandon carts because of surprise costs, forced account creation or a long checkout. Show shipping costs early, allow guest checkout and cut the form to what is necessary. Test the whole purchase on a phone yourself every month.',
  ),

  // Personal growth and situation
  e(
    'Your first month in a new role',
    ['new in the role', 'career growth', 'building credibility'],
    'Meet the key people around you and ask each what they expect from your role and what they would change. Find an early, visible improvement you can deliver. Ask your manager how success will be judged at six months, so you work on what counts.',
  ),
  e(
    'Taking charge of your career development',
    ['career growth', 'leadership development', 'coaching'],
    'Decide what you want your next role to be and find out what skills and experience it requires. Ask your manager for projects that build those skills, and keep a record of results you can point to. Tell people what you are aiming for; opportunities go to those who are known to want them.',
  ),
  e(
    'Preventing burnout in a demanding job',
    ['work-life balance', 'personal productivity', 'time management'],
    'Set a clear end to your working day and protect some time each week that is not about work. Watch for early signs: trouble sleeping, irritability, everything feeling urgent. Talk to your manager about workload before it becomes a crisis; good managers would rather know.',
  ),
  e(
    'Protecting deep-work time',
    ['personal productivity', 'time management', 'work-life balance'],
    'Schedule blocks of one to two hours for focused work, with notifications off and your status set to busy. Many people find mornings best for demanding thinking. One protected block a day often produces more than a full day of interruptions.',
  ),
  e(
    'Writing clearer business emails',
    ['writing skills', 'short notes', 'bottom line first'],
    'Put the point or the request in the first two lines, then the background for those who need it. Use short paragraphs and one topic per email. Reread it as the recipient before sending: is it clear what you want them to do, and by when?',
  ),
  e(
    'Telling a story in a business presentation',
    ['presentation skills', 'public speaking', 'marketing messages'],
    'A short story about a real person facing a problem makes a point memorable where figures alone do not. Structure it as situation, complication and resolution, and keep it under two minutes. Then connect it explicitly to the point you want the audience to take away.',
  ),
  e(
    'Making better decisions under uncertainty',
    ['decision making', 'strategic planning', 'risk management'],
    'Ask whether the decision is easy to reverse: if so, decide quickly and adjust; if not, take more time and gather more views. Write down what you expect to happen and why, then check later, which improves your judgement over time. Seek out someone who disagrees before you commit.',
  ),
  e(
    'Building credibility with senior people',
    ['building credibility', 'new in the role', 'presentation skills'],
    'Be brief and come prepared: lead with your recommendation and the reasons, and know your numbers. Admit what you do not know and come back with the answer quickly. Over time, doing what you said you would do is what earns trust.',
  ),
  e(
    'Starting a business: talk to customers before building',
    ['starting a business', 'market research', 'lead generation'],
    'Before spending money on a product, find ten potential customers and ask about their problem and how they solve it today. Try to get a few to commit, through a pre-order, a deposit or a pilot. Real commitments are much better evidence than compliments.',
  ),
  e(
    'The first hires of a founder',
    ['starting a business', 'hiring', 'scaling the team'],
    "Early hires shape the company's culture as much as its output, so hire for ownership and adaptability as well as skill. Be honest about the risks and the pace. Hire to free yourself from work others can do better, so you can focus on what only you can do.",
  ),

  // Interests: useful notes for the person, unrelated to work
  e(
    'Sailing: a pre-departure checklist worth laminating',
    ['sailing'],
    'Before leaving the dock, check the weather and tides, tell someone ashore your plan and return time, and make sure everyone has a lifejacket that fits. Check fuel, water, bilge and the engine cooling water flow. Brief every guest on where the safety equipment is and what to do if someone goes overboard.',
    'checklist',
  ),
  e(
    'Golf: practise short game, save the most strokes',
    ['golf'],
    'For most amateurs, a large share of strokes are played within about a hundred yards of the green. Spending half of practice time on chipping and putting usually lowers scores faster than hitting drivers at the range. Practise putts from three to six feet until they feel automatic.',
  ),
  e(
    'Running: build mileage gradually',
    ['running', 'fitness'],
    'Many running injuries come from increasing distance or intensity too quickly. Increase weekly mileage gradually, and plan an easier week every third or fourth week. Most runs should be at a pace where you could hold a conversation.',
  ),
  e(
    'Training for a first marathon',
    ['running', 'fitness', 'goal setting'],
    'Most first-marathon plans run for about four to five months and build up to a long run of around 30 to 32 kilometres a few weeks before race day. Practise eating and drinking on long runs, so race day holds no surprises. Start the race slower than you think you should.',
  ),
  e(
    'Cycling: a bike fit is worth more than a lighter bike',
    ['cycling', 'fitness'],
    'Saddle height, reach and cleat position affect comfort and power far more than a few hundred grams of weight. A professional bike fit can prevent knee and back pain on long rides. Check tyre pressure before every ride; it changes handling and puncture risk.',
  ),
  e(
    'Hiking: what to pack for a day hike',
    ['hiking', 'travel'],
    'Carry water, food, a map or downloaded offline map, a warm layer, a rain jacket, a headlamp, a basic first-aid kit and sun protection, even for short hikes. Tell someone your route and expected return time. Turn back when weather turns or you reach your planned turnaround time, regardless of how close the top is.',
    'checklist',
  ),
  e(
    'Cooking for guests without stress',
    ['cooking', 'family'],
    'Choose dishes that can be prepared ahead, such as a braise, a roast or a salad that holds, so you are with your guests and not at the stove. Cook something you have made before rather than trying a new recipe for company. Ask about allergies and dietary needs when you invite.',
  ),
  e(
    'Wine: taste and note, to learn what you like',
    ['wine'],
    'Keep brief notes on wines you enjoy: grape, region, producer and what you liked about it. Patterns appear quickly and make choosing from a wine list easier. A good wine shop will happily suggest bottles if you tell them what you liked and your budget.',
  ),
  e(
    'Business travel that leaves you less tired',
    ['travel', 'work-life balance', 'personal productivity'],
    "Keep a packed toiletry bag and chargers ready, so packing takes minutes. On long flights east, try to shift your sleep toward the destination's time a day or two before, and get daylight in the morning after arrival. Build in a buffer before important meetings on arrival days.",
  ),
  e(
    'Reading more, even with a full calendar',
    ['reading', 'personal productivity', 'career growth'],
    'Carry a book or e-reader and read in small gaps: commutes, waiting rooms, the first twenty minutes in bed. Audiobooks count, and suit walks and drives. Stop a book you are not enjoying; there are too many good ones to finish a dull one.',
  ),
  e(
    'Starting a business podcast: keep it simple',
    ['podcasts', 'content marketing', 'brand awareness'],
    'A decent USB microphone and a quiet, soft-furnished room matter more than expensive equipment. Pick a clear topic for a specific audience and a format you can sustain, such as a twenty-minute interview every two weeks. Guests bring their own audiences, so invite people your listeners want to hear.',
  ),
  e(
    'Learning an instrument as an adult',
    ['music', 'work-life balance'],
    'Short daily practice, even fifteen minutes, builds skill faster than one long weekly session. A teacher for the first months helps avoid habits that are hard to unlearn. Learn songs you love from the start; it keeps motivation going.',
  ),
  e(
    'Better photos with the phone you already have',
    ['photography', 'travel'],
    'Light matters most: shoot in the hour after sunrise or before sunset, and turn people so soft light falls on their faces. Tap to set focus and exposure on your subject. Clean the lens; a smudge from a pocket is the most common cause of hazy photos.',
  ),
  e(
    'Gardening: right plant, right place',
    ['gardening'],
    'Watch how many hours of sun each part of the garden gets before you buy plants, and choose plants that suit the light and soil you have. Water deeply and less often, which encourages deep roots. A layer of mulch keeps moisture in and weeds down.',
  ),
  e(
    'Protecting family time when work is busy',
    ['family', 'work-life balance', 'time management'],
    'Put family commitments in your work calendar as fixed appointments, so they are protected like meetings. Agree on a time when phones go away, such as dinner. Being fully present for a short time often matters more to children than being half-present for a long one.',
  ),
  e(
    'Volunteering as a professional: use your skills',
    ['volunteering', 'networking', 'leadership development'],
    'Many charities need professional skills more than general help: finance, marketing, sales or management. Serving on a board or committee builds leadership experience you may not get at work yet. Choose a cause you care about and commit to a realistic amount of time.',
  ),
  e(
    'Coaching a youth sports team',
    ['sports', 'coaching', 'family'],
    'Keep practices active, with every child touching the ball as often as possible, rather than long lines and speeches. Praise effort and improvement more than results. Set expectations with parents at the start of the season, including how playing time is decided.',
  ),
  e(
    'Staying fit with a busy schedule',
    ['fitness', 'work-life balance', 'personal productivity'],
    'Schedule exercise like a meeting and pick a time that rarely gets taken, often early morning. Short sessions count: twenty to thirty minutes of brisk activity most days is a good base. Walking meetings and taking the stairs add movement without extra time.',
  ),
  e(
    'History books that are also leadership lessons',
    ['history', 'reading', 'leadership development'],
    'Well-researched biographies of leaders and accounts of expeditions, crises and negotiations show decisions made under uncertainty with the outcome unknown. Read them asking "what would I have done with what they knew then?" Pick authors who cite their sources.',
  ),

  // Preferences: how to keep in touch the way each person likes
  e(
    'Respecting how people want to be contacted',
    ['email over phone', 'phone calls', 'no cold calls'],
    'Ask each contact early how they prefer to hear from you, email, phone or message, and how often, then stick to it. Note it somewhere you will see before you next reach out. Respecting a preference is a small signal that you listen.',
  ),
  e(
    'Short notes for busy people',
    ['short notes', 'bottom line first', 'writing skills'],
    'Put the purpose in the first line and keep the message to three or four sentences. Offer details as an attachment or "happy to send more" rather than in the body. A clear question with options makes it easy to reply in a line.',
  ),
  e(
    'Written proposals for detail-minded buyers',
    ['detailed written proposals', 'data and sources', 'proposal writing'],
    'Structure the document with numbered sections and a table of contents, and answer every question they asked, in the order they asked it. State assumptions and sources for any figure. Give them time to review, and offer a call to go through questions.',
    'tip',
    ['thinker'],
  ),
  e(
    'Making the most of in-person meetings',
    ['in-person meetings', 'networking', 'account management'],
    "Use face-to-face time for what is hard remotely: building trust, understanding the person's world, and resolving sensitive issues. Send a short agenda beforehand and a summary afterwards. Visit their site when you can; you learn far more there than in your office.",
  ),
  e(
    'Video calls that feel personal',
    ['video calls', 'remote teams', 'meeting effectiveness'],
    'Turn on your camera, set it at eye level, and use a quiet spot with light in front of you rather than behind. Open with a minute of real conversation before the agenda. Send a written summary after the call, since attention drifts more on video.',
  ),
  e(
    'Regular check-ins without being a pest',
    ['monthly check-ins', 'account management', 'follow-up'],
    'Agree on the rhythm with the person rather than deciding it yourself, and keep each check-in short and useful. Bring one relevant thing each time: an idea, an update, a question about their goals. Skip a check-in when there is nothing of value to say, and say so.',
  ),
];

export const STARTER_SOURCE = 'Rapport starter library';

/** The stable id of a starter entry: the same on every install and update, so seeding never duplicates. */
export function starterId(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `starter-${slug}`;
}

/** A summary is the tip's first sentence: what a list shows before the user opens the entry. */
function firstSentence(text: string): string {
  const match = /^.+?[.!?](?=\s|$)/.exec(text);
  return (match?.[0] ?? text).trim();
}

export function starterArticle(entry: StarterEntry, at: number): Article {
  return buildArticle(
    {
      id: starterId(entry.title),
      title: entry.title,
      url: null,
      summary: firstSentence(entry.tip),
      tip: entry.tip,
      topics: [...entry.topics],
      kind: 'relationship-building',
      format: entry.format ?? 'tip',
      styleFit: [...(entry.styleFit ?? [])],
      source: STARTER_SOURCE,
      starter: true,
    },
    at,
  );
}

export function starterArticles(at: number): Article[] {
  return STARTER_ENTRIES.map((entry) => starterArticle(entry, at));
}
