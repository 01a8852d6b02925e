import { obj } from '../../schema';
import { defineMessage } from '../define';

/** A reminder the browser holds, as options lists it. */
export interface ScheduledReminder {
  /** `due`, `breach`, `snooze`, `pack-30`, `pack-7`, `pack-unused`. */
  kind: string;
  /** The ticket or pack. */
  id: string;
  /** When it fires (ISO). */
  when: string;
  /** The ticket's number or title, the pack's label; null when the record is gone. */
  label: string | null;
}

/** Signals outside the popup, for the extension's own pages. */
export const signalsMessages = {
  /** The reminders scheduled now, nearest first (the options page lists them). */
  'reminders:scheduled': defineMessage<ScheduledReminder[]>()({
    senders: ['page'],
    request: obj({}),
    maxBytes: 256,
  }),
  /** Shows a notification now, as a reminder would, to check that the browser lets it through. */
  'reminders:test': defineMessage<{ shown: boolean }>()({
    senders: ['page'],
    request: obj({}),
    maxBytes: 256,
  }),
} as const;
