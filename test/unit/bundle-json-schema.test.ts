import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleJsonSchema } from '../../src/ingest/bundle-json-schema';

describe('the bundle JSON Schema in docs/', () => {
  test('when the zod schemas change, then docs/redchain-bundle.schema.json is regenerated (npm run schema:bundle)', () => {
    const committed = JSON.parse(
      readFileSync(path.resolve(__dirname, '../../docs/redchain-bundle.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(bundleJsonSchema());
  });

  test('when the schema is read, then it names every section and the enterprise fields a user fills', () => {
    const schema = bundleJsonSchema() as {
      properties: Record<string, { items?: { properties?: Record<string, unknown>; required?: string[] } }>;
    };
    expect(Object.keys(schema.properties)).toEqual([
      'format',
      'regions',
      'chains',
      'segments',
      'feeds',
      'enterprises',
      'supplies',
      'institutions',
      'partyOrgs',
      'pairings',
      'departments',
      'people',
      'works',
      'problems',
      'teams',
      'requests',
      'talentNeeds',
      'financingNeeds',
      'financialProducts',
      'financingMeetings',
      'serviceResources',
      'actionProjects',
      'investmentSquads',
      'squadLeads',
      'squadVisits',
      'squadTallies',
      'memberMoves',
      'jointMeetings',
      'meetingDecisions',
      'pledges',
      'outcomes',
    ]);
    const enterprise = schema.properties['enterprises']!.items!;
    expect(enterprise.required).toEqual(['id', 'name']);
    expect(Object.keys(enterprise.properties!)).toEqual(
      expect.arrayContaining(['uscc', 'aliases', 'regionId', 'segments', 'needsSegments', 'chainMasterOf']),
    );
  });
});
