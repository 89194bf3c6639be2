import { fillWorkbook, sheetFileName, type Sheet } from './export-sheet';

/**
 * Downloads a list on screen as an XLSX file, made in the browser with exceljs (loaded only when a
 * user exports: it is large), so it can be worked in a spreadsheet. The API's /export is the whole
 * graph for admins; this is the list on screen, for every role.
 */
export async function downloadSheet<Row>(sheet: Sheet<Row>): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'redchain';
  fillWorkbook(workbook, sheet);
  const bytes = await workbook.xlsx.writeBuffer();
  const blob = new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = sheetFileName(sheet);
  document.body.append(link);
  link.click();
  link.remove();
  // the download has its own copy; the page's is freed once the click is handled
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
