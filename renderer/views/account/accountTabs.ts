/** The account page's tabs, in the order a key-account manager works through an account. */
export const ACCOUNT_TABS = ['overview', 'chain', 'opportunities', 'activities', 'plan', 'payments', 'renewals', 'whitespace', 'competitors'] as const;
export type AccountTab = (typeof ACCOUNT_TABS)[number];
