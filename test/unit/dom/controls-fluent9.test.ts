// @vitest-environment happy-dom
// The control families on the markup Fluent UI React v9 really renders: `Field` labels through
// `<label for>`, `Dropdown` is a `button[role=combobox]`, `Combobox` an `input[role=combobox]`,
// their listboxes are portalled only while open.
import {
  Checkbox,
  Combobox,
  Dropdown,
  Field,
  FluentProvider,
  Input,
  Option,
  Radio,
  RadioGroup,
  Switch,
  webLightTheme,
} from '@fluentui/react-components';
import { createElement as h, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  findControl,
  isChecked,
  listOptions,
  optionMatching,
  pickValue,
  readValue,
  setChecked,
  setText,
} from '../../../lib/dom/controls';
import { renderPage, settle, unmountPage } from './react-page';

let state: Record<string, unknown> = {};

function Form({ initialPlan = '' }: { initialPlan?: string }) {
  const [plan, setPlan] = useState(initialPlan);
  const [language, setLanguage] = useState('English');
  const [method, setMethod] = useState('email');
  const [around, setAround] = useState(false);
  const [save, setSave] = useState(false);
  const [first, setFirst] = useState('Ann');
  state = { plan, language, method, around, save, first };
  const plans = ['Cloud Solution Provider', 'Basic', 'Unified/Premier'] as const;
  return h(
    FluentProvider,
    { theme: webLightTheme },
    h(
      Field,
      { label: 'Support plan', required: true },
      h(
        Dropdown,
        {
          placeholder: 'Select a support plan',
          value: plan,
          selectedOptions: plan ? [plan] : [],
          onOptionSelect: (_e: unknown, d: { optionValue?: string }) =>
            setPlan(d.optionValue ?? ''),
        },
        h(Option, { value: plans[0], text: plans[0] }, plans[0]),
        h(Option, { value: plans[1], text: plans[1] }, plans[1]),
        h(Option, { value: plans[2], text: plans[2] }, plans[2]),
      ),
    ),
    h(
      Field,
      { label: 'Support language' },
      h(
        Combobox,
        {
          value: language,
          selectedOptions: [language],
          onOptionSelect: (_e: unknown, d: { optionText?: string }) =>
            setLanguage(d.optionText ?? ''),
        },
        h(Option, { text: 'English' }, 'English'),
        h(Option, { text: 'French' }, 'French'),
      ),
    ),
    h(
      Field,
      { label: 'Preferred contact method' },
      h(
        RadioGroup,
        { value: method, onChange: (_e: unknown, d: { value: string }) => setMethod(d.value) },
        h(Radio, { value: 'email', label: 'Email' }),
        h(Radio, { value: 'phone', label: 'Phone' }),
      ),
    ),
    h(Checkbox, {
      label: '24x7 response',
      checked: around,
      onChange: (_e: unknown, d: { checked: boolean | 'mixed' }) => setAround(d.checked === true),
    }),
    h(Switch, {
      label: 'Save contact changes for future support requests',
      checked: save,
      onChange: (_e: unknown, d: { checked: boolean }) => setSave(d.checked),
    }),
    h(
      Field,
      { label: 'First name', required: true },
      h(Input, {
        value: first,
        onChange: (_e: unknown, d: { value: string }) => setFirst(d.value),
      }),
    ),
  );
}

afterEach(unmountPage);

const render = (props: Parameters<typeof Form>[0] = {}) => renderPage(h(Form, props));

describe('Fluent UI React v9', () => {
  it('finds a Dropdown by its Field label (with the required marker) and reads its value', async () => {
    await render({ initialPlan: 'Basic' });
    const plan = findControl(document, 'supportPlan')!;
    expect(plan.family).toBe('aria-combobox');
    expect(plan.element.tagName).toBe('BUTTON');
    expect(readValue(plan)).toBe('Basic');
  });

  it('lists the portalled options and closes the list again', async () => {
    await render({ initialPlan: 'Basic' });
    const plan = findControl(document, 'supportPlan')!;
    expect(await listOptions(plan)).toEqual([
      'Cloud Solution Provider',
      'Basic',
      'Unified/Premier',
    ]);
    await settle();
    expect(plan.element.getAttribute('aria-expanded')).toBe('false');
    expect(state.plan).toBe('Basic');
  });

  it('picks in the Dropdown and in the Combobox, confirmed by the framework state', async () => {
    await render({ initialPlan: 'Basic' });
    const plan = findControl(document, 'supportPlan')!;
    expect(await pickValue(plan, optionMatching(['Cloud Solution Provider']))).toEqual({
      ok: true,
      value: 'Cloud Solution Provider',
    });
    expect(state.plan).toBe('Cloud Solution Provider');
    const language = findControl(document, 'supportLanguage')!;
    expect(language.element.tagName).toBe('INPUT');
    expect(readValue(language)).toBe('English');
    expect((await pickValue(language, optionMatching(['French']))).ok).toBe(true);
    expect(state.language).toBe('French');
  });

  it('reads and sets a Checkbox and a Switch, and types into an Input', async () => {
    await render();
    const around = findControl(document, 'availability')!;
    expect(around.family).toBe('checkable');
    expect(isChecked(around)).toBe(false);
    expect((await setChecked(around, true)).ok).toBe(true);
    expect(state.around).toBe(true);
    const first = findControl(document, 'firstName')!;
    expect((await setText(first, 'Camille')).ok).toBe(true);
    expect(state.first).toBe('Camille');
  });
});
