/**
 * Seeds regions and topics at every start. Idempotent: an item is created when missing and updated only
 * when its reference values differ, so a second run writes nothing.
 */
import type { Core } from '@strapi/strapi';
import { UID } from '../content-types/uids';
import { REGIONS } from '../reference-data/regions';
import { TOPICS } from '../reference-data/topics';

export interface SeedReport {
  created: number;
  updated: number;
  unchanged: number;
}

type Doc = Record<string, unknown> & { documentId: string };

const NAME_FIELDS = ['nameFi', 'nameSv', 'nameEn'] as const;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = (uid: string) =>
    strapi.documents(uid as never) as unknown as {
      findFirst(params: unknown): Promise<Doc | null>;
      create(params: unknown): Promise<Doc>;
      update(params: unknown): Promise<Doc>;
    };

  async function upsert(
    uid: string,
    slug: string,
    wanted: Record<string, unknown>,
    populate: string[],
    differs: (stored: Doc) => boolean,
    report: SeedReport,
  ): Promise<Doc> {
    const stored = await documents(uid).findFirst({ filters: { slug }, populate });
    if (!stored) {
      report.created += 1;
      return documents(uid).create({ data: { slug, ...wanted } });
    }
    if (differs(stored)) {
      report.updated += 1;
      return documents(uid).update({ documentId: stored.documentId, data: wanted });
    }
    report.unchanged += 1;
    return stored;
  }

  return {
    async seedRegions(): Promise<SeedReport> {
      const report: SeedReport = { created: 0, updated: 0, unchanged: 0 };
      const areaIds = new Map<string, string>();
      // Areas first, so that counties can point at them.
      const ordered = [...REGIONS].sort((a, b) => Number(b.kind === 'collaborative_area') - Number(a.kind === 'collaborative_area'));
      for (const region of ordered) {
        const areaDocumentId = region.collaborativeArea ? areaIds.get(region.collaborativeArea) : undefined;
        if (region.collaborativeArea && !areaDocumentId)
          throw new Error(`Region ${region.slug} names unknown collaborative area ${region.collaborativeArea}`);
        const wanted = {
          code: region.code,
          kind: region.kind,
          nameFi: region.nameFi,
          nameSv: region.nameSv,
          nameEn: region.nameEn,
          collaborativeArea: areaDocumentId ?? null,
        };
        const saved = await upsert(
          UID.region,
          region.slug,
          wanted,
          ['collaborativeArea'],
          (stored) =>
            stored.code !== region.code ||
            stored.kind !== region.kind ||
            NAME_FIELDS.some((field) => stored[field] !== region[field]) ||
            ((stored.collaborativeArea as Doc | null)?.documentId ?? null) !== (areaDocumentId ?? null),
          report,
        );
        if (region.kind === 'collaborative_area') areaIds.set(region.slug, saved.documentId);
      }
      return report;
    },

    async seedTopics(): Promise<SeedReport> {
      const report: SeedReport = { created: 0, updated: 0, unchanged: 0 };
      for (const topic of TOPICS) {
        const wanted = { nameFi: topic.nameFi, nameSv: topic.nameSv, nameEn: topic.nameEn };
        await upsert(UID.topic, topic.slug, wanted, [], (stored) => NAME_FIELDS.some((field) => stored[field] !== topic[field]), report);
      }
      return report;
    },
  };
};
