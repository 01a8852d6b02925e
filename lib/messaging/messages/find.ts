/** Messages of this area (declared with defineMessage, like messages/history.ts). */
export const findMessages = {} as const;
