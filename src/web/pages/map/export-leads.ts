import type { ChainMap, Lead } from '../../api/types';

/**
 * The leads of a map as an XLSX workbook, made in the browser with exceljs (loaded only when a
 * user exports: it is large), so a task force can work the list in a spreadsheet. The API's
 * /export is the whole graph for admins; this is the list on screen, for every role.
 */
export async function exportLeads(map: ChainMap, leads: Lead[]): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'redchain';
  const sheet = workbook.addWorksheet('招商线索');
  sheet.columns = [
    { header: '排名', key: 'rank', width: 6 },
    { header: '企业', key: 'name', width: 36 },
    { header: '企业编号', key: 'id', width: 24 },
    { header: '得分', key: 'score', width: 8 },
    { header: '补链环节', key: 'segments', width: 30 },
    { header: '已供应本地企业', key: 'suppliesLocal', width: 14 },
    { header: '理由', key: 'reasons', width: 80 },
    { header: 'Reasons', key: 'reasonsEn', width: 80 },
  ];
  leads.forEach((lead, i) =>
    sheet.addRow({
      rank: i + 1,
      name: lead.name,
      id: lead.enterpriseId,
      score: Number(lead.score.toFixed(3)),
      segments: lead.segments.map((s) => s.name).join('；'),
      suppliesLocal: lead.suppliesLocal.length,
      reasons: lead.reasons.zh.join('；'),
      reasonsEn: lead.reasons.en.join('; '),
    }),
  );
  sheet.getRow(1).font = { bold: true };
  const bytes = await workbook.xlsx.writeBuffer();
  const blob = new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `招商线索-${map.region.name}-${map.chain.name}.xlsx`;
  document.body.append(link);
  link.click();
  link.remove();
  // the download has its own copy; the page's is freed once the click is handled
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
