// @vitest-environment happy-dom
// The control families on the markup Fluent UI React v8 really renders (the library itself, under
// React 18 `createRoot`, so popups arrive after the click returns), not on a look-alike.
import { Checkbox, ChoiceGroup, Dropdown, registerIcons, TextField, Toggle } from '@fluentui/react';
import { createElement as h, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  findControl,
  isChecked,
  listOptions,
  optionMatching,
  pickValue,
  readValue,
  setChecked,
  setText,
  shortestMatching,
} from '../../../lib/dom/controls';
import { renderPage, unmountPage } from './react-page';

// The portal registers Fluent's icon font: the caret is a private-use glyph in the control's text.
beforeAll(() => {
  registerIcons({ icons: { ChevronDown: '\uE70D', CheckMark: '\uE73E', Cancel: '\uE711' } });
});

const PLANS = [
  { key: 'csp', text: 'Cloud Solution Provider' },
  { key: 'basic', text: 'Basic' },
  { key: 'unified', text: 'Unified/Premier' },
];
const SEVERITIES = [
  { key: 'critical', text: 'A - Critical impact' },
  { key: 'highestcriticalimpact', text: 'A - Critical impact - Emergency' },
  { key: 'moderate', text: 'B - Moderate impact' },
  { key: 'minimal', text: 'C - Minimal impact' },
];

interface FormState {
  plan: string;
  severity: string;
  around: boolean;
  save: boolean;
  first: string;
}
let state: FormState;

function Form(props: { disabled?: boolean; duplicate?: boolean; initialPlan?: string }) {
  const [plan, setPlan] = useState(props.initialPlan ?? '');
  const [severity, setSeverity] = useState('minimal');
  const [around, setAround] = useState(false);
  const [save, setSave] = useState(true);
  const [first, setFirst] = useState('Ann');
  state = { plan, severity, around, save, first };
  return h(
    'div',
    null,
    props.duplicate &&
      h(
        'div',
        { style: { display: 'none' } },
        h(Dropdown, { label: 'Support plan', options: PLANS, selectedKey: 'basic' }),
      ),
    h(Dropdown, {
      label: 'Support plan',
      required: true,
      placeholder: 'Select a support plan',
      options: PLANS,
      disabled: props.disabled,
      selectedKey: plan || null,
      onChange: (_e: unknown, o?: { key: string | number }) => setPlan(String(o?.key)),
    }),
    h(Dropdown, {
      label: 'Support language',
      options: [
        { key: 'en', text: 'English' },
        { key: 'fr', text: 'French' },
      ],
      defaultSelectedKey: 'en',
    }),
    h(ChoiceGroup, {
      label: 'Severity',
      selectedKey: severity,
      options: SEVERITIES,
      onChange: (_e: unknown, o?: { key: string }) => setSeverity(String(o?.key)),
    }),
    h(Checkbox, {
      label: '24x7 response',
      checked: around,
      onChange: (_e: unknown, v?: boolean) => setAround(Boolean(v)),
    }),
    h(Toggle, {
      label: 'Save contact changes for future support requests',
      checked: save,
      onChange: (_e: unknown, v?: boolean) => setSave(Boolean(v)),
    }),
    h(TextField, {
      label: 'First name',
      required: true,
      value: first,
      onChange: (_e: unknown, v?: string) => setFirst(v ?? ''),
    }),
  );
}

afterEach(unmountPage);

const render = (props: Parameters<typeof Form>[0] = {}) => renderPage(h(Form, props));

describe('Fluent UI React v8', () => {
  it('finds a Dropdown named by its label and its value, and reads the value without its caret', async () => {
    await render({ initialPlan: 'csp' });
    const plan = findControl(document, 'supportPlan');
    expect(plan?.family).toBe('aria-combobox');
    // The control's own text glues the caret glyph to the value: read naively, CSP is not CSP.
    expect(plan!.element.textContent).toContain('\uE70D');
    expect(plan!.element.textContent?.trim()).not.toBe('Cloud Solution Provider');
    expect(readValue(plan!)).toBe('Cloud Solution Provider');
  });

  it('reads a placeholder as no value', async () => {
    await render();
    expect(readValue(findControl(document, 'supportPlan')!)).toBeNull();
  });

  it('lists options from a popup that exists only while open, and leaves the value alone', async () => {
    await render({ initialPlan: 'basic' });
    const plan = findControl(document, 'supportPlan')!;
    expect(document.querySelector('[role=listbox]')).toBeNull();
    expect(await listOptions(plan)).toEqual([
      'Cloud Solution Provider',
      'Basic',
      'Unified/Premier',
    ]);
    expect(state.plan).toBe('basic');
    await new Promise((r) => setTimeout(r, 50));
    expect(document.querySelector('[role=listbox]')).toBeNull();
  });

  it('picks an option in the asynchronous popup and confirms the framework state changed', async () => {
    await render({ initialPlan: 'basic' });
    const plan = findControl(document, 'supportPlan')!;
    const result = await pickValue(plan, optionMatching(['Cloud Solution Provider']));
    expect(result).toEqual({ ok: true, value: 'Cloud Solution Provider' });
    expect(state.plan).toBe('csp');
  });

  it('reports a missing option and a disabled control instead of pretending', async () => {
    await render({ initialPlan: 'basic' });
    const plan = findControl(document, 'supportPlan')!;
    expect(await pickValue(plan, optionMatching(['Developer']))).toEqual({
      ok: false,
      reason: 'no-option',
    });
    expect(state.plan).toBe('basic');
    unmountPage();
    await render({ disabled: true });
    const disabled = findControl(document, 'supportPlan')!;
    expect(await pickValue(disabled, optionMatching(['Basic']))).toEqual({
      ok: false,
      reason: 'disabled',
    });
  });

  it('ignores a hidden duplicate that shares the label', async () => {
    await render({ duplicate: true, initialPlan: 'csp' });
    const plan = findControl(document, 'supportPlan')!;
    expect(readValue(plan)).toBe('Cloud Solution Provider');
  });

  it('reads and picks in a ChoiceGroup, the plain option of a letter', async () => {
    await render();
    const severity = findControl(document, 'severity')!;
    expect(severity.family).toBe('radio-group');
    expect(readValue(severity)).toBe('C - Minimal impact');
    const result = await pickValue(
      severity,
      shortestMatching((l) => l.startsWith('A')),
    );
    expect(result.ok).toBe(true);
    expect(state.severity).toBe('critical');
  });

  it('reads and sets a Checkbox and a Toggle', async () => {
    await render();
    const around = findControl(document, 'availability')!;
    expect(around.family).toBe('checkable');
    expect(isChecked(around)).toBe(false);
    expect((await setChecked(around, true)).ok).toBe(true);
    expect(state.around).toBe(true);
  });

  it('types into a controlled TextField so React keeps the value', async () => {
    await render();
    const first = findControl(document, 'firstName')!;
    expect(first.family).toBe('text-input');
    expect(readValue(first)).toBe('Ann');
    expect((await setText(first, 'Camille')).ok).toBe(true);
    expect(state.first).toBe('Camille');
  });
});
