export const STARTING_KEY: string;
export function guardScriptStartedEvent(code: string): string;
