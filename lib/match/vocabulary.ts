/**
 * The starter vocabulary: topics that salespeople's contacts actually have
 * as goals, challenges, interests or preferences. Contacts' tags and the
 * library's article topics are drawn from it (and from what users add).
 * Aliases are other words people type for the same topic, so autocomplete
 * and matching find it either way.
 */
export interface Topic {
  topic: string;
  group: TopicGroup;
  aliases?: readonly string[];
}

export type TopicGroup =
  | 'leadership'
  | 'hiring'
  | 'sales'
  | 'marketing'
  | 'events'
  | 'customers'
  | 'operations'
  | 'finance'
  | 'technology'
  | 'personal'
  | 'interests'
  | 'preferences';

const t = (group: TopicGroup, topic: string, ...aliases: string[]): Topic => ({
  topic,
  group,
  aliases,
});

export const STARTER_TOPICS: readonly Topic[] = [
  // Leadership and management
  t('leadership', 'management training', 'manager training', 'learning to manage'),
  t('leadership', 'becoming a better manager', 'better manager', 'new manager'),
  t('leadership', 'leadership development', 'leadership skills'),
  t('leadership', 'team motivation', 'motivating a team', 'morale'),
  t('leadership', 'delegation', 'delegating'),
  t('leadership', 'coaching', 'coaching the team', 'mentoring'),
  t('leadership', 'performance reviews', 'appraisals', 'feedback conversations'),
  t('leadership', 'difficult conversations', 'conflict resolution'),
  t('leadership', 'remote teams', 'distributed teams', 'hybrid work'),
  t('leadership', 'change management', 'leading change'),
  t('leadership', 'strategic planning', 'strategy', 'annual planning'),
  t('leadership', 'goal setting', 'okrs', 'kpis'),
  t('leadership', 'meeting effectiveness', 'better meetings', 'fewer meetings'),
  t('leadership', 'succession planning'),
  t('leadership', 'company culture', 'culture', 'values'),
  // Hiring and people
  t('hiring', 'hiring', 'recruiting', 'recruitment'),
  t('hiring', 'interviewing', 'interview questions', 'structured interviews'),
  t('hiring', 'onboarding new hires', 'employee onboarding'),
  t('hiring', 'employee retention', 'staff turnover', 'attrition'),
  t('hiring', 'hiring salespeople', 'sales hiring'),
  t('hiring', 'employer branding'),
  t('hiring', 'compensation planning', 'pay', 'commission plans'),
  t('hiring', 'training programs', 'staff training', 'upskilling'),
  t('hiring', 'scaling the team', 'team growth'),
  // Sales
  t('sales', 'lead conversion', 'converting leads', 'conversion rate'),
  t('sales', 'lead generation', 'generating leads', 'prospecting'),
  t('sales', 'lead qualification', 'qualifying leads'),
  t('sales', 'sales pipeline', 'pipeline management', 'forecasting'),
  t('sales', 'sales process', 'sales methodology'),
  t('sales', 'cold outreach', 'cold email', 'cold calling'),
  t('sales', 'follow-up', 'following up', 'follow up'),
  t('sales', 'referrals', 'referral business', 'word of mouth'),
  t('sales', 'negotiation', 'negotiating', 'pricing negotiations'),
  t('sales', 'closing deals', 'closing'),
  t('sales', 'objection handling', 'handling objections'),
  t('sales', 'sales coaching', 'coaching salespeople'),
  t('sales', 'sales targets', 'quota', 'hitting quota'),
  t('sales', 'account management', 'key accounts'),
  t('sales', 'proposal writing', 'proposals', 'rfps'),
  t('sales', 'pricing strategy', 'pricing'),
  t('sales', 'partnerships', 'channel partners', 'alliances'),
  t('sales', 'crm adoption', 'crm', 'salesforce', 'hubspot'),
  t('sales', 'social selling', 'linkedin selling'),
  t('sales', 'entering new markets', 'market expansion', 'new territories'),
  // Marketing
  t('marketing', 'marketing messages', 'messaging', 'value proposition'),
  t('marketing', 'content marketing', 'blogging', 'thought leadership'),
  t('marketing', 'email marketing', 'newsletters'),
  t('marketing', 'brand awareness', 'branding'),
  t('marketing', 'website conversion', 'landing pages'),
  t('marketing', 'search engine optimisation', 'seo', 'search engine optimization'),
  t('marketing', 'paid advertising', 'ads', 'ppc'),
  t('marketing', 'marketing budget', 'marketing spend', 'marketing roi'),
  t('marketing', 'case studies', 'customer stories', 'testimonials'),
  t('marketing', 'public relations', 'pr', 'press coverage'),
  t('marketing', 'product launch', 'launching a product', 'go to market'),
  t('marketing', 'market research', 'customer research', 'competitor analysis'),
  t('marketing', 'video marketing', 'webinars'),
  // Events
  t('events', 'trade shows', 'trade show', 'expos', 'exhibitions'),
  t('events', 'trade show follow-up', 'event follow-up', 'booth leads'),
  t('events', 'event planning', 'organising events', 'conferences'),
  t('events', 'public speaking', 'speaking at conferences', 'presentations'),
  t('events', 'networking', 'building a network'),
  t('events', 'event roi', 'measuring events'),
  // Customers
  t('customers', 'customer retention', 'churn', 'keeping customers'),
  t('customers', 'customer satisfaction', 'nps', 'csat'),
  t('customers', 'customer onboarding', 'client onboarding'),
  t('customers', 'customer service', 'customer support', 'service quality'),
  t('customers', 'customer feedback', 'feedback program', 'surveys'),
  t('customers', 'upselling', 'cross-selling', 'account growth'),
  t('customers', 'customer experience', 'cx', 'patient experience'),
  t('customers', 'loyalty programs', 'loyalty'),
  t('customers', 'complaint handling', 'complaints'),
  // Operations
  t('operations', 'time management', 'productivity', 'prioritising'),
  t('operations', 'process improvement', 'efficiency', 'lean'),
  t('operations', 'project management', 'managing projects'),
  t('operations', 'supply chain', 'logistics', 'procurement'),
  t('operations', 'quality management', 'quality control'),
  t('operations', 'cost reduction', 'cutting costs', 'budget cuts'),
  t('operations', 'vendor management', 'suppliers'),
  t('operations', 'compliance', 'regulation', 'gdpr'),
  t('operations', 'risk management', 'business continuity'),
  t('operations', 'reporting and dashboards', 'reporting', 'dashboards', 'metrics'),
  t('operations', 'scaling operations', 'growing pains'),
  // Finance
  t('finance', 'budgeting', 'budget planning', 'limited budget'),
  t('finance', 'cash flow', 'working capital'),
  t('finance', 'fundraising', 'raising capital', 'investors'),
  t('finance', 'return on investment', 'roi', 'business case'),
  t('finance', 'profitability', 'margins'),
  t('finance', 'long approval process', 'procurement approval', 'sign-off'),
  // Technology
  t('technology', 'digital transformation', 'modernisation'),
  t('technology', 'automation', 'workflow automation'),
  t('technology', 'data analytics', 'analytics', 'data visualisation', 'data visualization'),
  t('technology', 'artificial intelligence', 'ai', 'machine learning'),
  t('technology', 'cybersecurity', 'security', 'data protection'),
  t('technology', 'software selection', 'choosing software', 'tool evaluation'),
  t('technology', 'systems integration', 'integrations'),
  t('technology', 'e-commerce', 'online store', 'ecommerce'),
  // Personal growth and situation
  t('personal', 'new in the role', 'new role', 'recently promoted', 'promotion'),
  t('personal', 'career growth', 'career development', 'next role'),
  t('personal', 'work-life balance', 'burnout', 'stress'),
  t('personal', 'personal productivity', 'habits', 'focus'),
  t('personal', 'writing skills', 'business writing'),
  t('personal', 'presentation skills', 'storytelling'),
  t('personal', 'decision making', 'making decisions'),
  t('personal', 'building credibility', 'credibility', 'influence'),
  t('personal', 'no formal management training', 'untrained manager', 'first-time manager'),
  t('personal', 'starting a business', 'entrepreneurship', 'founder'),
  // Interests
  t('interests', 'sailing', 'boating'),
  t('interests', 'golf'),
  t('interests', 'running', 'marathons', 'marathon running'),
  t('interests', 'cycling', 'bikes'),
  t('interests', 'hiking', 'outdoors'),
  t('interests', 'cooking', 'food'),
  t('interests', 'wine', 'craft beer'),
  t('interests', 'travel'),
  t('interests', 'reading', 'books', 'leadership books', 'business books'),
  t('interests', 'podcasts', 'podcasting'),
  t('interests', 'music'),
  t('interests', 'photography'),
  t('interests', 'gardening'),
  t('interests', 'family', 'kids'),
  t('interests', 'volunteering', 'charity', 'community work'),
  t('interests', 'sports', 'football', 'soccer', 'basketball', 'baseball'),
  t('interests', 'fitness', 'gym', 'yoga'),
  t('interests', 'history'),
  // Preferences
  t('preferences', 'email over phone', 'prefers email'),
  t('preferences', 'phone calls', 'prefers phone'),
  t('preferences', 'short notes', 'brief messages', 'keep it short'),
  t('preferences', 'detailed written proposals', 'detail', 'documentation'),
  t('preferences', 'mornings', 'early meetings'),
  t('preferences', 'afternoons'),
  t('preferences', 'bottom line first', 'get to the point'),
  t('preferences', 'in-person meetings', 'face to face'),
  t('preferences', 'video calls', 'zoom', 'teams calls'),
  t('preferences', 'no cold calls'),
  t('preferences', 'monthly check-ins', 'regular check-ins'),
  t('preferences', 'data and sources', 'evidence', 'references'),
];
