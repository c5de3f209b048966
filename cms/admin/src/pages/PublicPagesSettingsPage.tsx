/**
 * Settings › Kumppani › Public page addresses: the URL templates that give each organisation, programme, event
 * and post the address of its page on the organisation's website. Feeds, calendars, structured data and the
 * widgets link there. Keys set in config/plugins.js win and are shown read-only.
 */
import { Box, Button, Field, Flex, Grid, TextInput, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import {
  PAGE_TYPES,
  PLUGIN_ID,
  PUBLIC_PAGES_SETTINGS_PATH,
  SLUG_PATTERN,
  type ContentLocale,
  type PageType,
  type PublicPagesSettingsDocument,
} from '@kumppani/contract';
import { SETTINGS_PERMISSIONS } from '../permissions';
import { configSets, formFromSettings, settingsFromForm, type SettingsForm } from '../settings/public-pages-form';

const TYPE_LABELS: Record<PageType, string> = {
  organisation: 'Organisations',
  programme: 'Programmes',
  event: 'Events',
  post: 'Blog posts',
};
const LOCALE_LABELS: Record<ContentLocale, string> = { fi: 'Finnish', sv: 'Swedish', en: 'English' };
const PATH = `/${PLUGIN_ID}${PUBLIC_PAGES_SETTINGS_PATH}`;

/** Strapi's admin answers a refused save with error.details.errors: [{ path, message }]. */
type FieldErrors = Record<string, string>;
function fieldErrorsOf(error: unknown): FieldErrors {
  const errors = (error as { response?: { data?: { error?: { details?: { errors?: { path: string[]; message: string }[] } } } } }).response
    ?.data?.error?.details?.errors;
  return Object.fromEntries((errors ?? []).map((item) => [item.path.join('.'), item.message]));
}

function TemplateInput(props: {
  name: string;
  label: string;
  value: string;
  fromConfig: boolean;
  error?: string;
  onChange(value: string): void;
}) {
  const hint = props.fromConfig ? 'Set in config/plugins.js, which wins over this page.' : undefined;
  return (
    <Field.Root name={props.name} id={props.name} error={props.error} hint={hint}>
      <Field.Label>{props.label}</Field.Label>
      <TextInput
        value={props.value}
        disabled={props.fromConfig}
        placeholder="https://www.example.fi/{locale}/page/{slug}"
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => props.onChange(event.target.value)}
      />
      <Field.Error />
      <Field.Hint />
    </Field.Root>
  );
}

export function PublicPagesSettingsPage() {
  const { get, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [document, setDocument] = useState<PublicPagesSettingsDocument | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [loadError, setLoadError] = useState(false);
  const [saving, setSaving] = useState(false);

  const show = (next: PublicPagesSettingsDocument) => {
    setDocument(next);
    // The form shows what applies: the configuration's templates (read-only) over the stored ones.
    const shown = formFromSettings(next.effective);
    setForm({ ...shown, blogs: shown.blogs.map((blog) => ({ ...blog, locked: next.fromConfig.blogs?.[blog.slug] !== undefined })) });
  };

  useEffect(() => {
    get<PublicPagesSettingsDocument>(PATH)
      .then((response) => show(response.data))
      .catch(() => setLoadError(true));
  }, [get]);

  if (loadError) return <Page.Error />;
  if (!document || !form) return <Page.Loading />;

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const response = await put<PublicPagesSettingsDocument>(PATH, settingsFromForm(form, document.fromConfig));
      show(response.data);
      setErrors({});
      toggleNotification({ type: 'success', message: 'Public page addresses saved.' });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      toggleNotification({ type: 'danger', message: 'Not saved: correct the addresses marked below.' });
    } finally {
      setSaving(false);
    }
  };

  const setTemplate = (type: PageType, locale: ContentLocale, value: string) =>
    setForm({ ...form, types: { ...form.types, [type]: { ...form.types[type], [locale]: value } } });
  const setBlog = (index: number, change: Partial<SettingsForm['blogs'][number]>) =>
    setForm({ ...form, blogs: form.blogs.map((blog, at) => (at === index ? { ...blog, ...change } : blog)) });

  return (
    <Page.Main>
      <Page.Title>Public page addresses</Page.Title>
      <form onSubmit={save} noValidate>
        <Layouts.Header
          title="Public page addresses"
          subtitle="Where each item has its page on your website. Feeds, calendars, search engines and the widgets link there."
          primaryAction={
            <Button type="submit" loading={saving}>
              Save
            </Button>
          }
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={6}>
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
              <Typography tag="p">
                Write each address as a template with {'{slug}'} (the item's web address part) and optionally {'{locale}'} (fi, sv or en),
                for example https://www.example.fi/{'{locale}'}/jarjestot/{'{slug}'}. Leave a field empty where your site has no such page:
                the item then has no page address. A post's canonical URL always wins.
              </Typography>
            </Box>
            {PAGE_TYPES.map((type) => (
              <Box key={type} background="neutral0" padding={6} shadow="tableShadow" hasRadius>
                <Typography tag="h2" variant="delta">
                  {TYPE_LABELS[type]}
                </Typography>
                <Grid.Root gap={4} marginTop={4}>
                  {document.locales.map((locale) => (
                    <Grid.Item key={locale} col={4} s={12} direction="column" alignItems="stretch">
                      <TemplateInput
                        name={`${type}.${locale}`}
                        label={`${TYPE_LABELS[type]}, ${LOCALE_LABELS[locale]}`}
                        value={form.types[type][locale] ?? ''}
                        fromConfig={configSets(document.fromConfig, type, locale)}
                        error={errors[`${type}.${locale}`] ?? errors[type]}
                        onChange={(value) => setTemplate(type, locale, value)}
                      />
                    </Grid.Item>
                  ))}
                </Grid.Root>
              </Box>
            ))}
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
              <Typography tag="h2" variant="delta">
                Blogs with their own site
              </Typography>
              <Typography tag="p" marginTop={2}>
                The posts of these blogs link to the blog's site instead of the address of blog posts above.
              </Typography>
              <Flex direction="column" alignItems="stretch" gap={4} marginTop={4}>
                {form.blogs.map((blog, index) => {
                  // A row the configuration file gave is read-only; a row being typed never becomes so.
                  const fromConfig = Boolean(blog.locked);
                  const slugProblem =
                    blog.slug.trim() && !SLUG_PATTERN.test(blog.slug.trim())
                      ? 'must be the slug of a blog: lowercase letters a–z, digits and hyphens'
                      : undefined;
                  return (
                    <Grid.Root key={index} gap={4}>
                      <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                        <Field.Root name={`blog-${index}`} id={`blog-${index}`} error={slugProblem}>
                          <Field.Label>Blog (slug)</Field.Label>
                          <TextInput
                            value={blog.slug}
                            disabled={fromConfig}
                            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setBlog(index, { slug: event.target.value })}
                          />
                          <Field.Error />
                        </Field.Root>
                      </Grid.Item>
                      <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
                        <TemplateInput
                          name={`blogs.${index}.template`}
                          label="Address of its posts"
                          value={blog.template}
                          fromConfig={fromConfig}
                          error={
                            slugProblem ? undefined : (errors[`blogs.${blog.slug}`] ?? errors[`blogs.${blog.slug}.${document.locales[0]}`])
                          }
                          onChange={(value) => setBlog(index, { template: value })}
                        />
                      </Grid.Item>
                      <Grid.Item col={2} s={12} direction="column" alignItems="stretch">
                        {!fromConfig && (
                          <Button
                            variant="tertiary"
                            aria-label={blog.slug.trim() ? `Remove the blog ${blog.slug.trim()}` : 'Remove this blog row'}
                            onClick={() => setForm({ ...form, blogs: form.blogs.filter((_, at) => at !== index) })}
                          >
                            Remove
                          </Button>
                        )}
                      </Grid.Item>
                    </Grid.Root>
                  );
                })}
                <Box>
                  <Button variant="secondary" onClick={() => setForm({ ...form, blogs: [...form.blogs, { slug: '', template: '' }] })}>
                    Add a blog
                  </Button>
                </Box>
              </Flex>
            </Box>
          </Flex>
        </Layouts.Content>
      </form>
    </Page.Main>
  );
}

export default function ProtectedPublicPagesSettingsPage() {
  return (
    <Page.Protect permissions={SETTINGS_PERMISSIONS}>
      <PublicPagesSettingsPage />
    </Page.Protect>
  );
}
