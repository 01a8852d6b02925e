/** Spending an incident: whether a pack covers a ticket, the refusals and the override. */
export const coverageEn = {} as const;
