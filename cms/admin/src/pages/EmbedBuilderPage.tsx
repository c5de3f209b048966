/**
 * The embed builder: an editor composes a widget from the CMS's real data, sees it live, and copies the
 * snippet for the host site. The preview runs the very snippet that is copied, so what is seen is what is pasted.
 */
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  Grid,
  MultiSelect,
  MultiSelectOption,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useClipboard, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useEffect, useMemo, useRef, useState } from 'react';
import { EMBED_OPTIONS_PATH, MAX_LIST_VALUES, MAX_PAGE_SIZE, PLUGIN_ID, type EmbedChoice, type EmbedOptions } from '@kumppani/contract';
import { contrastProblems, corsAdvice, isHexColour, overfullFilters } from '../embed/checks';
import {
  COLOUR_SCHEMES,
  DEFAULT_SLUG_PARAM,
  DEFAULT_THEME,
  ELEMENT_NAMES,
  ELEMENTS,
  THEME_COLOURS,
  UI_LANGUAGES,
  defaultTheme,
  paletteOn,
  type ChoiceSource,
  type ColourScheme,
  type ElementName,
  type Theme,
  type ThemeColour,
  type UiLanguage,
} from '../embed/elements';
import { buildSnippet, type Composition } from '../embed/snippet';
import { EMBED_PERMISSIONS } from '../permissions';

const LANGUAGE_LABELS: Record<UiLanguage, string> = { fi: 'Finnish (suomi)', sv: 'Swedish (svenska)', en: 'English' };
const SCHEME_LABELS: Record<ColourScheme, string> = {
  auto: "Automatic: light or dark by your page's background",
  light: 'Light',
  dark: 'Dark',
};
const PAGE_BACKGROUNDS = { light: 'Light (white)', dark: `Dark (${THEME_COLOURS.page.dark})`, custom: 'Another colour' } as const;
type PageBackground = keyof typeof PAGE_BACKGROUNDS;

function choicesOf(options: EmbedOptions, source: ChoiceSource): EmbedChoice[] {
  const list: readonly (string | EmbedChoice)[] = options[source];
  return list.map((item) => (typeof item === 'string' ? { value: item, label: item.replace(/_/g, ' ') } : item));
}

/** The CMS address as hosts reach it (the admin may be served from another URL than the API). */
function cmsOrigin(): string {
  const backend = (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL;
  return backend && /^https?:\/\//.test(backend) ? new URL(backend).origin : window.location.origin;
}

/** Loads the bundle into the admin page once, so the preview runs the real elements. */
function useWidgetBundle(src: string | null): void {
  useEffect(() => {
    if (!src || document.querySelector(`script[data-kumppani-bundle]`)) return;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.dataset.kumppaniBundle = '';
    document.head.append(script);
  }, [src]);
}

function Preview({ markup }: { markup: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The element markup is built by buildSnippet from escaped values only.
    if (container.current) container.current.innerHTML = markup;
  }, [markup]);
  return <div ref={container} data-testid="embed-preview" />;
}

export function EmbedBuilderPage() {
  const { get } = useFetchClient();
  const { copy } = useClipboard();
  const { toggleNotification } = useNotification();
  const [options, setOptions] = useState<EmbedOptions | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [element, setElement] = useState<ElementName>('partner-directory');
  const [lang, setLang] = useState<UiLanguage>('fi');
  const [filters, setFilters] = useState<Record<string, string[]>>({});
  const [layout, setLayout] = useState<string | undefined>(undefined);
  const [readerFilters, setReaderFilters] = useState<string[]>([]);
  const [switches, setSwitches] = useState<string[] | undefined>(undefined);
  const [selects, setSelects] = useState<Record<string, string>>({});
  const [count, setCount] = useState<number | undefined>(undefined);
  const [slug, setSlug] = useState('');
  const [slugParam, setSlugParam] = useState(DEFAULT_SLUG_PARAM);
  const [theme, setTheme] = useState<Theme>(DEFAULT_THEME);
  const [scheme, setScheme] = useState<ColourScheme>('auto');
  const [pageBackground, setPageBackground] = useState<PageBackground>('light');
  const [hostAddress, setHostAddress] = useState('');

  useEffect(() => {
    get<EmbedOptions>(`/${PLUGIN_ID}${EMBED_OPTIONS_PATH}`)
      .then((response) => setOptions(response.data))
      .catch((error: Error) => setLoadError(error.message));
  }, [get]);

  const origin = cmsOrigin();
  useWidgetBundle(options ? origin + (options.bundle.hashedPath ?? options.bundle.path) : null);

  const spec = ELEMENTS[element];
  const snippet = useMemo(
    () =>
      buildSnippet(
        { element, lang, filters, readerFilters, switches, selects, count, layout, slug, slugParam, theme, scheme } satisfies Composition,
        origin,
        options?.bundle.path,
      ),
    [element, lang, filters, readerFilters, switches, selects, count, layout, slug, slugParam, theme, scheme, origin, options],
  );
  /** A new scheme or page background; when the widget's palette changes with it, the colours start from its defaults. */
  const changeScheme = (nextScheme: ColourScheme, page: string) => {
    setScheme(nextScheme);
    const palette = paletteOn(nextScheme, page);
    setTheme((current) => (palette === paletteOn(scheme, current.page) ? { ...current, page } : { ...defaultTheme(palette), page }));
  };
  const choosePageBackground = (choice: PageBackground) => {
    setPageBackground(choice);
    if (choice !== 'custom') changeScheme(scheme, THEME_COLOURS.page[choice === 'dark' ? 'dark' : 'default']);
  };
  const contrast = contrastProblems(theme);
  const cors = options ? corsAdvice(hostAddress, options.cors.origins) : null;

  const chooseElement = (next: ElementName) => {
    setElement(next);
    // Keep the filters the new element also has (e.g. regions), drop the others.
    const attributes = new Set(ELEMENTS[next].filters.map((filter) => filter.attribute));
    setFilters((current) => Object.fromEntries(Object.entries(current).filter(([attribute]) => attributes.has(attribute))));
    setLayout(undefined);
    setReaderFilters([]);
    setSwitches(undefined);
    setSelects({});
    setSlug('');
  };

  const copySnippet = async () => {
    const copied = await copy(snippet.html);
    toggleNotification({
      type: copied ? 'success' : 'warning',
      message: copied ? 'Snippet copied. Paste it into your page.' : 'Copying failed: select the snippet and copy it by hand.',
    });
  };

  if (loadError) return <Page.Error />;
  if (!options) return <Page.Loading />;

  return (
    <Page.Main>
      <Page.Title>Embed builder</Page.Title>
      <Layouts.Header
        title="Embed builder"
        subtitle="Compose a list or an item page for your website from this CMS's content, check it, and copy the snippet."
      />
      <Layouts.Content>
        <Grid.Root gap={6}>
          <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
              <Flex
                direction="column"
                alignItems="stretch"
                gap={5}
                tag="form"
                onSubmit={(event: React.FormEvent) => event.preventDefault()}
                aria-label="Widget settings"
              >
                <Field.Root name="element" id="kumppani-element" hint="What the widget shows.">
                  <Field.Label>Widget</Field.Label>
                  <SingleSelect id="kumppani-element" value={element} onChange={(value) => chooseElement(value as ElementName)}>
                    {ELEMENT_NAMES.map((name) => (
                      <SingleSelectOption key={name} value={name}>{`${ELEMENTS[name].label} <${name}>`}</SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Hint />
                </Field.Root>

                <Field.Root
                  name="lang"
                  id="kumppani-lang"
                  hint="Texts of the widget, and the language asked of the content (other languages fill in where a translation is missing)."
                >
                  <Field.Label>Language</Field.Label>
                  <SingleSelect id="kumppani-lang" value={lang} onChange={(value) => setLang(value as UiLanguage)}>
                    {UI_LANGUAGES.map((code) => (
                      <SingleSelectOption key={code} value={code}>
                        {LANGUAGE_LABELS[code]}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Hint />
                </Field.Root>

                {spec.item && (
                  <Field.Root
                    name="slug"
                    id="kumppani-slug"
                    hint={`Leave empty for a page template that shows any ${spec.item.label.toLowerCase()}: the widget then reads the slug from the page's address (the preview, on this page, says it is not found).`}
                  >
                    <Field.Label>{spec.item.label}</Field.Label>
                    {spec.item.source ? (
                      <SingleSelect
                        id="kumppani-slug"
                        value={slug}
                        onChange={(value) => setSlug(String(value))}
                        placeholder="From the page's address"
                        onClear={() => setSlug('')}
                      >
                        {choicesOf(options, spec.item.source).map((choice) => (
                          <SingleSelectOption key={choice.value} value={choice.value}>
                            {choice.label}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                    ) : (
                      <TextInput
                        id="kumppani-slug"
                        placeholder="From the page's address"
                        value={slug}
                        onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSlug(event.target.value)}
                      />
                    )}
                    <Field.Hint />
                  </Field.Root>
                )}

                {spec.item && !slug.trim() && (
                  <Field.Root
                    name="slugParam"
                    id="kumppani-slug-param"
                    hint={`The query parameter of your page's address that holds the slug: "${slugParam.trim() || DEFAULT_SLUG_PARAM}" reads ?${slugParam.trim() || DEFAULT_SLUG_PARAM}=…`}
                  >
                    <Field.Label>Address parameter</Field.Label>
                    <TextInput
                      id="kumppani-slug-param"
                      value={slugParam}
                      onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSlugParam(event.target.value)}
                    />
                    <Field.Hint />
                  </Field.Root>
                )}

                {spec.filters.map((filter) => (
                  <Field.Root
                    key={`${element}-${filter.attribute}`}
                    name={filter.attribute}
                    id={`kumppani-filter-${filter.attribute}`}
                    hint={`Leave empty for all; at most ${MAX_LIST_VALUES}.`}
                    error={
                      overfullFilters(filters).includes(filter.attribute)
                        ? `At most ${MAX_LIST_VALUES} values: the API takes no more in one filter.`
                        : undefined
                    }
                  >
                    <Field.Label>{filter.label}</Field.Label>
                    <MultiSelect
                      id={`kumppani-filter-${filter.attribute}`}
                      withTags
                      value={filters[filter.attribute] ?? []}
                      onChange={(values: string[]) => setFilters((current) => ({ ...current, [filter.attribute]: values }))}
                      placeholder="All"
                    >
                      {choicesOf(options, filter.source).map((choice) => (
                        <MultiSelectOption key={choice.value} value={choice.value}>
                          {choice.label}
                        </MultiSelectOption>
                      ))}
                    </MultiSelect>
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                ))}

                {spec.readerFilters && (
                  <Field.Root
                    name="readerFilters"
                    id="kumppani-reader-filters"
                    hint="Filters your readers can use above the list; their choices can be kept in the page address (url-state, see the README)."
                  >
                    <Field.Label>Filters for readers</Field.Label>
                    <MultiSelect id="kumppani-reader-filters" withTags value={readerFilters} onChange={setReaderFilters} placeholder="None">
                      {spec.readerFilters.map((filter) => (
                        <MultiSelectOption key={filter.value} value={filter.value}>
                          {filter.label}
                        </MultiSelectOption>
                      ))}
                    </MultiSelect>
                    <Field.Hint />
                  </Field.Root>
                )}

                {spec.switches?.map((option) => {
                  const on = switches ? switches.includes(option.attribute) : option.byDefault;
                  const current = switches ?? spec.switches!.filter((item) => item.byDefault).map((item) => item.attribute);
                  return (
                    <Field.Root key={option.attribute} name={option.attribute} id={`kumppani-${option.attribute}`} hint={option.hint}>
                      <Checkbox
                        checked={on}
                        onCheckedChange={(checked: boolean | 'indeterminate') =>
                          setSwitches(
                            checked === true ? [...current, option.attribute] : current.filter((value) => value !== option.attribute),
                          )
                        }
                      >
                        {option.label}
                      </Checkbox>
                      <Field.Hint />
                    </Field.Root>
                  );
                })}

                {spec.selects?.map((select) => (
                  <Field.Root key={select.attribute} name={select.attribute} id={`kumppani-${select.attribute}`} hint={select.hint}>
                    <Field.Label>{select.label}</Field.Label>
                    <SingleSelect
                      id={`kumppani-${select.attribute}`}
                      value={selects[select.attribute] ?? select.values[0]!.value}
                      onChange={(value) => setSelects((current) => ({ ...current, [select.attribute]: String(value) }))}
                    >
                      {select.values.map((choice) => (
                        <SingleSelectOption key={choice.value} value={choice.value}>
                          {choice.label}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                    <Field.Hint />
                  </Field.Root>
                ))}

                {spec.layouts && (
                  <Field.Root name="layout" id="kumppani-layout">
                    <Field.Label>{spec.layouts.attribute === 'group-by' ? 'Group events by' : 'Layout'}</Field.Label>
                    <SingleSelect
                      id="kumppani-layout"
                      value={layout ?? spec.layouts.values[0]}
                      onChange={(value) => setLayout(String(value))}
                    >
                      {spec.layouts.values.map((value) => (
                        <SingleSelectOption key={value} value={value}>
                          {value}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                  </Field.Root>
                )}

                {spec.countAttribute && (
                  <Field.Root name="count" id="kumppani-count" hint={`1–${MAX_PAGE_SIZE}; empty keeps the widget's default.`}>
                    <Field.Label>{spec.countAttribute === 'page-size' ? 'Organisations per page' : 'Items shown'}</Field.Label>
                    <NumberInput
                      id="kumppani-count"
                      value={count}
                      onValueChange={(value: number | undefined) =>
                        setCount(value === undefined ? undefined : Math.min(MAX_PAGE_SIZE, Math.max(1, Math.round(value))))
                      }
                    />
                    <Field.Hint />
                  </Field.Root>
                )}

                <Box tag="fieldset" borderStyle="none" padding={0}>
                  <Typography tag="legend" variant="delta">
                    Colours
                  </Typography>
                  <Typography tag="p" variant="pi" textColor="neutral600">
                    The page background is only for checking contrast and for the preview: the widget takes it from your page.
                  </Typography>
                  <Flex wrap="wrap" gap={4} paddingTop={3} alignItems="flex-start">
                    <Field.Root
                      name="scheme"
                      id="kumppani-scheme"
                      hint="Text outside the cards sits on your page: on a dark page the widget uses light text and dark cards. Changing it resets the colours below."
                    >
                      <Field.Label>Colour scheme</Field.Label>
                      <SingleSelect
                        id="kumppani-scheme"
                        value={scheme}
                        onChange={(value) => changeScheme(value as ColourScheme, theme.page)}
                      >
                        {COLOUR_SCHEMES.map((value) => (
                          <SingleSelectOption key={value} value={value}>
                            {SCHEME_LABELS[value]}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                      <Field.Hint />
                    </Field.Root>
                    <Field.Root name="page-background" id="kumppani-page-background">
                      <Field.Label>Your page (preview)</Field.Label>
                      <SingleSelect
                        id="kumppani-page-background"
                        value={pageBackground}
                        onChange={(value) => choosePageBackground(value as PageBackground)}
                      >
                        {(Object.keys(PAGE_BACKGROUNDS) as PageBackground[]).map((value) => (
                          <SingleSelectOption key={value} value={value}>
                            {PAGE_BACKGROUNDS[value]}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                    </Field.Root>
                  </Flex>
                  <Flex wrap="wrap" gap={4} paddingTop={3}>
                    {(Object.keys(THEME_COLOURS) as ThemeColour[])
                      .filter((key) => key !== 'page' || pageBackground === 'custom')
                      .map((key) => (
                        <Field.Root key={key} name={`colour-${key}`} id={`kumppani-colour-${key}`}>
                          <Field.Label>{THEME_COLOURS[key].label}</Field.Label>
                          <input
                            id={`kumppani-colour-${key}`}
                            type="color"
                            value={theme[key]}
                            onChange={(event) =>
                              isHexColour(event.target.value) &&
                              (key === 'page'
                                ? changeScheme(scheme, event.target.value)
                                : setTheme((current) => ({ ...current, [key]: event.target.value })))
                            }
                            style={{ inlineSize: '4rem', blockSize: '2.5rem' }}
                          />
                        </Field.Root>
                      ))}
                  </Flex>
                </Box>
                {contrast.length > 0 && (
                  <Alert variant="danger" title="These colours fail WCAG 2.1 contrast" closeLabel="Hide" data-testid="contrast-warning">
                    {contrast.map((problem) => `${problem.pair}: ${problem.ratio.toFixed(2)}:1 (needs ${problem.required}:1). `).join('')}
                    Many of your readers could not read it; public bodies must meet WCAG 2.1 AA.
                  </Alert>
                )}

                <Field.Root
                  name="host"
                  id="kumppani-host"
                  hint="The site where the widget goes. The CMS answers only the sites in its CORS allow-list."
                >
                  <Field.Label>Address of your site</Field.Label>
                  <TextInput
                    id="kumppani-host"
                    type="url"
                    placeholder="https://www.example.fi"
                    value={hostAddress}
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) => setHostAddress(event.target.value)}
                  />
                  <Field.Hint />
                </Field.Root>
                {cors?.status === 'invalid' && (
                  <Alert variant="warning" closeLabel="Hide">
                    {cors.message}
                  </Alert>
                )}
                {cors?.status === 'allowed' && (
                  <Alert variant="success" closeLabel="Hide" data-testid="cors-ok">{`${cors.origin} may use the API.`}</Alert>
                )}
                {cors?.status === 'blocked' && (
                  <Alert
                    variant="warning"
                    title={`${cors.origin} is not in the CORS allow-list`}
                    closeLabel="Hide"
                    data-testid="cors-warning"
                  >
                    The widget would show an error there. Ask the CMS administrator to add it: in the demo app set{' '}
                    <code style={{ overflowWrap: 'anywhere' }}>{cors.envLine}</code>, or in config/plugins.js{' '}
                    <code style={{ overflowWrap: 'anywhere' }}>{cors.configLine}</code>, and restart.
                  </Alert>
                )}
              </Flex>
            </Box>
          </Grid.Item>

          <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
                <Flex direction="column" alignItems="stretch" gap={3}>
                  <Typography tag="h2" variant="beta">
                    Snippet
                  </Typography>
                  <Field.Root
                    name="snippet"
                    id="kumppani-snippet"
                    hint="Paste it where the widget should appear; the script line is needed once per page. The text inside the element shows until the widget loads, and stays if it cannot (a link to your own page that lists the same content may replace it)."
                  >
                    <Field.Label>HTML for your page</Field.Label>
                    <Textarea
                      id="kumppani-snippet"
                      readOnly
                      value={snippet.html}
                      rows={5}
                      style={{ fontFamily: 'monospace' }}
                      data-testid="embed-snippet"
                    />
                    <Field.Hint />
                  </Field.Root>
                  <Box>
                    <Button onClick={copySnippet}>Copy snippet</Button>
                  </Box>
                </Flex>
              </Box>
              <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
                <Typography tag="h2" variant="beta">
                  Preview
                </Typography>
                <Box marginTop={4} padding={4} hasRadius style={{ background: theme.page }} data-testid="embed-preview-page">
                  {options.bundle.hashedPath ? (
                    // A new element for another page background: `theme="auto"` reads the background when it starts.
                    <Preview key={theme.page} markup={snippet.element} />
                  ) : (
                    <Alert variant="danger" closeLabel="Hide">
                      The widget bundle has not been built: run npm run build --workspace widgets.
                    </Alert>
                  )}
                </Box>
              </Box>
            </Flex>
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
}

export default function ProtectedEmbedBuilderPage() {
  return (
    <Page.Protect permissions={EMBED_PERMISSIONS}>
      <EmbedBuilderPage />
    </Page.Protect>
  );
}
