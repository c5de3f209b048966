/**
 * The Content Manager's input of an event's series (the plugin's `recurrence` custom field): a form instead of
 * JSON. Does not repeat (the value null), weekly on chosen weekdays or monthly, every 1st to 12th week or month, an
 * end (a last date or a number of occurrences), dates skipped, and occurrences cancelled or moved. Every change
 * writes the whole Recurrence through the form's onChange; the server's problems of a refused save are shown
 * beside the part they name (recurrence.count, recurrence.exceptions.0 …).
 */
import { Box, Button, Checkbox, Field, Flex, Grid, IconButton, Radio, TextInput, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useForm } from '@strapi/strapi/admin';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { MAX_RECURRENCE_INTERVAL, MAX_SERIES_OCCURRENCES, WEEKDAYS, type Weekday } from '@kumppani/contract';
import {
  formFromRecurrence,
  problemsByPart,
  recurrenceFromForm,
  sameRecurrence,
  toggleWeekday,
  withRepeats,
  type ChangeRow,
  type RecurrenceForm,
  type Repeats,
} from './recurrence-form';

const WEEKDAY_LABELS: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
/** The times of a moved occurrence, entered on the Helsinki clock. */
const MOVED_TIMES = [
  ['startsAt', 'New start (Finnish time)'],
  ['endsAt', 'New end (Finnish time)'],
] as const;
const REPEATS_LABELS: Record<Repeats, string> = { none: 'Does not repeat', weekly: 'Weekly', monthly: 'Monthly' };
/** The parts of the value that a control of the form shows the problems of; others are listed at the top. */
const SHOWN_PARTS = /^(interval|weekdays|monthlyBy|until|count|exceptions(\.\d+)?|changes\.\d+\.(date|status|startsAt|endsAt))$/;

/** What the Content Manager gives a custom field's Input: its layout props and useField's value, errors and onChange. */
interface RecurrenceInputProps {
  name: string;
  label?: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  value?: unknown;
  error?: string;
  rawError?: unknown;
  onChange(event: { target: { name: string; value: unknown; type: string } }): void;
}

/** A group of controls with its legend, and the problem of the group read with it. */
function Group(props: { legend: string; error?: string; children: ReactNode }) {
  const id = useId();
  return (
    <Box tag="fieldset" borderStyle="none" padding={0} margin={0} aria-describedby={props.error ? `${id}-error` : undefined}>
      <Box tag="legend" paddingBottom={2}>
        <Typography variant="pi" fontWeight="bold">
          {props.legend}
        </Typography>
      </Box>
      {props.children}
      {props.error ? <Problem id={`${id}-error`}>{props.error}</Problem> : null}
    </Box>
  );
}

const Problem = (props: { id?: string; children: ReactNode }) => (
  <Box paddingTop={1}>
    <Typography id={props.id} variant="pi" textColor="danger600" data-strapi-field-error>
      {props.children}
    </Typography>
  </Box>
);

/** A text, number, date or date-and-time input with its label, its hint and its problem. */
function Input(props: {
  name: string;
  label: string;
  type: 'number' | 'date' | 'datetime-local';
  value: string;
  disabled?: boolean;
  hint?: string;
  error?: string;
  onChange(value: string): void;
}) {
  return (
    <Field.Root name={props.name} id={props.name} error={props.error} hint={props.hint}>
      <Field.Label>{props.label}</Field.Label>
      <TextInput
        type={props.type}
        value={props.value}
        disabled={props.disabled}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => props.onChange(event.target.value)}
      />
      <Field.Error />
      <Field.Hint />
    </Field.Root>
  );
}

function AddButton(props: { disabled?: boolean; onClick(): void; children: ReactNode }) {
  return (
    <Box>
      <Button variant="secondary" startIcon={<Plus />} disabled={props.disabled} onClick={props.onClick}>
        {props.children}
      </Button>
    </Box>
  );
}

/** A list without its row at `index`. */
const without = <T,>(list: readonly T[], index: number): T[] => list.filter((_, at) => at !== index);

const joined = (...messages: (string | undefined)[]) => messages.filter(Boolean).join(' ') || undefined;

export default function RecurrenceInput(props: RecurrenceInputProps) {
  const { name, disabled } = props;
  const startsAt = useForm('RecurrenceInput', (state) => (state.values as { startsAt?: unknown }).startsAt, false);
  const [form, setForm] = useState<RecurrenceForm>(() => formFromRecurrence(props.value, startsAt));
  // The form keeps what is typed (a count being rewritten); a value from elsewhere (a save, another locale) replaces it.
  const formRef = useRef(form);
  useEffect(() => {
    if (!sameRecurrence(props.value, recurrenceFromForm(formRef.current))) {
      formRef.current = formFromRecurrence(props.value, startsAt);
      setForm(formRef.current);
    }
    // startsAt only seeds a new form; a moved start does not rewrite the editor's form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value]);

  const update = (next: RecurrenceForm) => {
    formRef.current = next;
    setForm(next);
    props.onChange({ target: { name, value: recurrenceFromForm(next), type: 'json' } });
  };
  const set = <K extends keyof RecurrenceForm>(key: K, value: RecurrenceForm[K]) => update({ ...form, [key]: value });
  const setChange = (index: number, change: Partial<ChangeRow>) =>
    set(
      'changes',
      form.changes.map((row, at) => (at === index ? { ...row, ...change } : row)),
    );

  const problems = problemsByPart(props.rawError ?? props.error);
  const otherProblems = Object.entries(problems)
    .filter(([part]) => !SHOWN_PARTS.test(part))
    .map(([part, message]) => (part ? `${part}: ${message}` : message));
  const id = useId();
  const repeatsLegend = `${id}-repeats`;

  return (
    <Box tag="fieldset" borderStyle="none" padding={0} margin={0} aria-describedby={`${id}-hint ${id}-error`} data-kumppani-series>
      <Box tag="legend" paddingBottom={1}>
        <Typography variant="pi" fontWeight="bold" textColor="neutral800">
          {props.label ?? 'Series'}
          {props.required ? ' *' : null}
        </Typography>
      </Box>
      <Box background="neutral100" padding={4} hasRadius borderColor={otherProblems.length ? 'danger600' : 'neutral200'}>
        <Flex direction="column" alignItems="stretch" gap={5}>
          <Box>
            <Typography id={repeatsLegend} variant="pi" fontWeight="bold" tag="p">
              Repeats
            </Typography>
            <Radio.Group
              aria-labelledby={repeatsLegend}
              name={`${name}.repeats`}
              value={form.repeats}
              disabled={disabled}
              onValueChange={(value: string) => update(withRepeats(form, value as Repeats, startsAt))}
            >
              <Flex gap={6} paddingTop={2}>
                {(Object.keys(REPEATS_LABELS) as Repeats[]).map((repeats) => (
                  <Radio.Item key={repeats} value={repeats}>
                    {REPEATS_LABELS[repeats]}
                  </Radio.Item>
                ))}
              </Flex>
            </Radio.Group>
          </Box>

          {form.repeats === 'none' ? null : (
            <>
              <Grid.Root gap={4}>
                <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                  <Input
                    name={`${name}.interval`}
                    label={form.repeats === 'weekly' ? 'Every how many weeks' : 'Every how many months'}
                    type="number"
                    value={form.interval}
                    disabled={disabled}
                    hint={`1 is every ${form.repeats === 'weekly' ? 'week' : 'month'}, 2 every other; at most ${MAX_RECURRENCE_INTERVAL}.`}
                    error={problems.interval}
                    onChange={(value) => set('interval', value)}
                  />
                </Grid.Item>
              </Grid.Root>

              {form.repeats === 'weekly' ? (
                <Group legend="On" error={problems.weekdays}>
                  <Flex gap={4} wrap="wrap">
                    {WEEKDAYS.map((day) => (
                      <Checkbox
                        key={day}
                        name={`${name}.weekdays.${day}`}
                        checked={form.weekdays.includes(day)}
                        disabled={disabled}
                        onCheckedChange={() => set('weekdays', toggleWeekday(form.weekdays, day))}
                      >
                        {WEEKDAY_LABELS[day]}
                      </Checkbox>
                    ))}
                  </Flex>
                  <Typography variant="pi" textColor="neutral600" tag="p">
                    None chosen: the weekday of the event's start. The start must be on one of the days chosen.
                  </Typography>
                </Group>
              ) : (
                <Group legend="Each month on" error={problems.monthlyBy}>
                  <Radio.Group
                    aria-label="Each month on"
                    name={`${name}.monthlyBy`}
                    value={form.monthlyBy}
                    disabled={disabled}
                    onValueChange={(value: string) => set('monthlyBy', value as RecurrenceForm['monthlyBy'])}
                  >
                    <Flex direction="column" alignItems="flex-start" gap={2}>
                      <Radio.Item value="weekday">The start's weekday in the same place (e.g. the first Thursday)</Radio.Item>
                      <Radio.Item value="date">The start's date (e.g. the 15th; months without it are skipped)</Radio.Item>
                    </Flex>
                  </Radio.Group>
                </Group>
              )}

              <Group legend="Ends">
                <Radio.Group
                  aria-label="Ends"
                  name={`${name}.end`}
                  value={form.end}
                  disabled={disabled}
                  onValueChange={(value: string) => set('end', value as RecurrenceForm['end'])}
                >
                  <Flex gap={6} paddingBottom={3}>
                    <Radio.Item value="count">After a number of occurrences</Radio.Item>
                    <Radio.Item value="until">On a date</Radio.Item>
                  </Flex>
                </Radio.Group>
                <Grid.Root gap={4}>
                  <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                    {form.end === 'count' ? (
                      <Input
                        name={`${name}.count`}
                        label="Number of occurrences"
                        type="number"
                        value={form.count}
                        disabled={disabled}
                        hint={`The first included; at most ${MAX_SERIES_OCCURRENCES}.`}
                        error={joined(problems.count, problems.until)}
                        onChange={(value) => set('count', value)}
                      />
                    ) : (
                      <Input
                        name={`${name}.until`}
                        label="Last date"
                        type="date"
                        value={form.until}
                        disabled={disabled}
                        hint={`No occurrence after this date; at most ${MAX_SERIES_OCCURRENCES} occurrences.`}
                        error={joined(problems.until, problems.count)}
                        onChange={(value) => set('until', value)}
                      />
                    )}
                  </Grid.Item>
                </Grid.Root>
              </Group>

              <Group legend="Dates skipped" error={problems.exceptions}>
                <Flex direction="column" alignItems="stretch" gap={2}>
                  {form.exceptions.map((date, index) => (
                    <Flex key={index} gap={2} alignItems="flex-end">
                      <Box flex="1" maxWidth="20rem">
                        <Input
                          name={`${name}.exceptions.${index}`}
                          label={`Skipped date ${index + 1}`}
                          type="date"
                          value={date}
                          disabled={disabled}
                          error={problems[`exceptions.${index}`]}
                          onChange={(value) =>
                            set(
                              'exceptions',
                              form.exceptions.map((item, at) => (at === index ? value : item)),
                            )
                          }
                        />
                      </Box>
                      <IconButton
                        label={`Remove skipped date ${index + 1}`}
                        disabled={disabled}
                        onClick={() => set('exceptions', without(form.exceptions, index))}
                      >
                        <Trash />
                      </IconButton>
                    </Flex>
                  ))}
                  <AddButton disabled={disabled} onClick={() => set('exceptions', [...form.exceptions, ''])}>
                    Add a skipped date
                  </AddButton>
                </Flex>
              </Group>

              <Group legend="Changed occurrences">
                <Flex direction="column" alignItems="stretch" gap={4}>
                  {form.changes.map((row, index) => (
                    <Box key={index} background="neutral0" padding={3} hasRadius>
                      <Group legend={`Changed occurrence ${index + 1}`} error={problems[`changes.${index}.status`]}>
                        <Grid.Root gap={3}>
                          <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                            <Input
                              name={`${name}.changes.${index}.date`}
                              label="Date by the series"
                              type="date"
                              value={row.date}
                              disabled={disabled}
                              error={problems[`changes.${index}.date`]}
                              onChange={(value) => setChange(index, { date: value })}
                            />
                          </Grid.Item>
                          <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                            <Radio.Group
                              aria-label={`What happens to occurrence ${index + 1}`}
                              name={`${name}.changes.${index}.status`}
                              value={row.status}
                              disabled={disabled}
                              onValueChange={(value: string) => setChange(index, { status: value as ChangeRow['status'] })}
                            >
                              <Flex direction="column" alignItems="flex-start" gap={2} paddingTop={6}>
                                <Radio.Item value="cancelled">Cancelled</Radio.Item>
                                <Radio.Item value="rescheduled">Moved</Radio.Item>
                              </Flex>
                            </Radio.Group>
                          </Grid.Item>
                          {row.status === 'rescheduled'
                            ? MOVED_TIMES.map(([field, label]) => (
                                <Grid.Item key={field} col={3} s={12} direction="column" alignItems="stretch">
                                  <Input
                                    name={`${name}.changes.${index}.${field}`}
                                    label={label}
                                    type="datetime-local"
                                    value={row[field]}
                                    disabled={disabled}
                                    error={problems[`changes.${index}.${field}`]}
                                    onChange={(value) => setChange(index, { [field]: value })}
                                  />
                                </Grid.Item>
                              ))
                            : null}
                        </Grid.Root>
                        <Box paddingTop={2}>
                          <Button
                            variant="danger-light"
                            size="S"
                            startIcon={<Trash />}
                            disabled={disabled}
                            onClick={() => set('changes', without(form.changes, index))}
                          >
                            Remove changed occurrence {index + 1}
                          </Button>
                        </Box>
                      </Group>
                    </Box>
                  ))}
                  <AddButton
                    disabled={disabled}
                    onClick={() => set('changes', [...form.changes, { date: '', status: 'cancelled', startsAt: '', endsAt: '' }])}
                  >
                    Add a changed occurrence
                  </AddButton>
                </Flex>
              </Group>
            </>
          )}
        </Flex>
      </Box>
      <Box paddingTop={1}>
        <Typography id={`${id}-hint`} variant="pi" textColor="neutral600">
          {props.hint}
        </Typography>
      </Box>
      <div id={`${id}-error`}>
        {otherProblems.map((message) => (
          <Problem key={message}>{message}</Problem>
        ))}
      </div>
    </Box>
  );
}
