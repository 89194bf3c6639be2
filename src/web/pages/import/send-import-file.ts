import { apiErrorOf, apiUrl, authHeaders } from '../../api/client';

const TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * A file sent to POST /import as it is (its type told by its extension): the id of the job that
 * imports it. A file of another kind is refused before it is sent.
 */
export async function sendImportFile(file: File, dryRun: boolean): Promise<string> {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const type = TYPES[extension];
  if (!type) throw new Error(`${file.name}: .json, .csv or .xlsx`);
  const response = await fetch(apiUrl('import', { name: file.name, dryRun: String(dryRun) }), {
    method: 'POST',
    headers: { ...authHeaders(), 'Content-Type': type },
    body: file,
  });
  if (!response.ok) throw await apiErrorOf(response);
  const { jobId } = (await response.json()) as { jobId: string };
  return jobId;
}
