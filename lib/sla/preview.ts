import {
  INITIAL_RESPONSE_TARGETS,
  type ProgramId,
  type ResponseTarget,
  type SeverityId,
} from '../rules/severities';
import {
  AROUND_THE_CLOCK,
  addBusinessDays,
  addBusinessMinutes,
  type Schedule,
} from './business-time';

/**
 * When the first response to a request is due, and why (domain.md §3, "Decisions"). The UI shows
 * the rule and the caveats next to every preview, as message keys `rule.<id>` and `caveat.<id>`.
 */

/** In precedence order: the first that applies wins. */
export const RULE_IDS = [
  'csp-non-break-fix',
  'local-language',
  'csp-severity',
  'professional-severity',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const CAVEAT_IDS = [
  'sev-a-needs-24x7-staff',
  'local-language-business-hours',
  'csp-bc-as-written',
  'csp-bc-business-hours',
] as const;
export type CaveatId = (typeof CAVEAT_IDS)[number];

export type ResponseClock = 'around-the-clock' | 'business-hours';

export interface PreviewInput {
  program: ProgramId;
  severity: SeverityId;
  filedAt: Date;
  supportLanguage: 'english' | 'local';
  /** Professional coverage bought; CSP targets do not depend on it. */
  coverage: ResponseClock;
  /** False for advisory and how-to requests; only CSP has a rule for those. */
  breakFix: boolean;
  /** Options page: count CSP B and C in business hours instead of clock hours. */
  cspBusinessHoursForBC?: boolean;
  schedule: Schedule;
}

export interface Preview {
  dueAt: Date;
  clock: ResponseClock;
  duration: { minutes: number } | { businessDays: number };
  rule: RuleId;
  /** In CAVEAT_IDS order. */
  caveats: CaveatId[];
}

function clockOf(target: ResponseTarget, input: PreviewInput): ResponseClock {
  if (target.clock === 'coverage') return input.coverage;
  if (target.businessHoursOption && input.cspBusinessHoursForBC) return 'business-hours';
  return target.clock;
}

export function previewInitialResponse(input: PreviewInput): Preview {
  const { program, severity, filedAt, schedule } = input;
  const local = input.supportLanguage === 'local';

  // Local-language support runs in business hours whatever the rule: always worth saying.
  const localCaveat: CaveatId[] = local ? ['local-language-business-hours'] : [];

  if (program === 'csp' && !input.breakFix) {
    return {
      dueAt: addBusinessDays(filedAt, 1, schedule),
      clock: 'business-hours',
      duration: { businessDays: 1 },
      rule: 'csp-non-break-fix',
      caveats: localCaveat,
    };
  }

  const target = INITIAL_RESPONSE_TARGETS[program][severity];
  const duration = { minutes: target.minutes };
  if (local) {
    return {
      dueAt: addBusinessMinutes(filedAt, target.minutes, schedule),
      clock: 'business-hours',
      duration,
      rule: 'local-language',
      caveats: localCaveat,
    };
  }

  const clock = clockOf(target, input);
  const caveats: CaveatId[] = [];
  // Any severity A counted around the clock, CSP included: Microsoft may lower the severity when
  // the requester's own staff cannot be reached around the clock.
  if (severity === 'A' && clock === 'around-the-clock') caveats.push('sev-a-needs-24x7-staff');
  // The CSP B/C reading is named where it decided the clock, not under the two rules above.
  if (target.businessHoursOption) {
    caveats.push(clock === 'business-hours' ? 'csp-bc-business-hours' : 'csp-bc-as-written');
  }
  return {
    dueAt: addBusinessMinutes(
      filedAt,
      target.minutes,
      clock === 'around-the-clock' ? AROUND_THE_CLOCK(schedule.timeZone) : schedule,
    ),
    clock,
    duration,
    rule: program === 'csp' ? 'csp-severity' : 'professional-severity',
    caveats,
  };
}

/** What a preview takes from the agent's settings (`Settings` fits it). */
export type PreviewSettings = Pick<PreviewInput, 'schedule' | 'coverage'> & {
  cspBusinessHoursForBC?: boolean;
};

/** A preview's own facts; the page may also say the coverage (or a test, the schedule). */
export type PreviewRequest = Omit<PreviewInput, 'schedule' | 'coverage' | 'cspBusinessHoursForBC'> &
  Partial<Pick<PreviewInput, 'coverage' | 'schedule'>>;

export type PreviewOutcome = { ok: true; preview: Preview } | { ok: false; error: unknown };

/**
 * THE deadline with the agent's settings, for every surface (the severity picker, capture, the
 * popup's calculator and ticket dialog, the options page): never throws. A schedule that cannot
 * be used (the options page says why) is `{ ok: false }`, shown as "unknown", never as a time.
 */
export function previewWithSettings(
  settings: PreviewSettings,
  request: PreviewRequest,
): PreviewOutcome {
  try {
    return {
      ok: true,
      preview: previewInitialResponse({
        coverage: settings.coverage,
        cspBusinessHoursForBC: settings.cspBusinessHoursForBC,
        schedule: settings.schedule,
        ...request,
      }),
    };
  } catch (error) {
    return { ok: false, error };
  }
}

/** `previewWithSettings` for surfaces that show "unknown" on any failure (the in-page helpers). */
export function previewOrNull(settings: PreviewSettings, request: PreviewRequest): Preview | null {
  const outcome = previewWithSettings(settings, request);
  return outcome.ok ? outcome.preview : null;
}
